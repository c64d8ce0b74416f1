import { browser } from 'wxt/browser';
import type { BackgroundAnswer, BackgroundRequests, BackgroundRequestType } from '../protocol';

/**
 * One request to the background (protocol.ts). The background classifies and holds the settings;
 * a tab only asks. Rejects when the background cannot answer (the extension was updated: the
 * caller's lifetime then ends).
 */
export async function askBackground<T extends BackgroundRequestType>(
  type: T,
  ask: BackgroundRequests[T]['ask'],
): Promise<BackgroundAnswer<T>> {
  const answer: unknown = await browser.runtime.sendMessage({ type, ...ask });
  if (answer === undefined || answer === null) throw new Error(`RoleLens's background did not answer ${type}`);
  return answer as BackgroundAnswer<T>;
}
