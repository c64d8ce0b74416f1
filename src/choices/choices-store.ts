import { browser } from 'wxt/browser';
import { jobChoiceSchema, jobKey, MAX_CHOICES, parseChoices, type JobChoice } from './job-choices';

/**
 * Where the user's choices live: one item per job in local storage (`choice:<board>:<job id>`), so
 * that saving one choice rewrites one small item, and local storage's 10 MB holds a few hundred
 * with their postings' text. Local, not sync: they are this device's, and sync allows 100 KB.
 */
const PREFIX = 'choice:';

export type ChoiceWrite = { saved: true } | { saved: false; message: string };

export async function loadChoice(board: string, jobId: string): Promise<JobChoice | null> {
  try {
    const key = PREFIX + jobKey(board, jobId);
    const parsed = jobChoiceSchema.safeParse((await browser.storage.local.get(key))[key]);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Every choice, keyed by `jobKey`; entries that do not parse are left out. */
export async function loadChoices(): Promise<Record<string, JobChoice>> {
  try {
    const all = await browser.storage.local.get(null);
    const raw = Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith(PREFIX)).map(([key, value]) => [key.slice(PREFIX.length), value]));
    return parseChoices(raw).choices;
  } catch {
    return {};
  }
}

/**
 * Saves a job's choice; a choice with neither a label nor a level is the user undoing it, and is
 * removed. A write the browser refuses (local storage full) comes back as a message.
 */
export async function saveChoice(choice: JobChoice): Promise<ChoiceWrite> {
  const key = PREFIX + jobKey(choice.board, choice.jobId);
  try {
    if (!choice.label && !choice.level) {
      await browser.storage.local.remove(key);
      return { saved: true };
    }
    const existing = await browser.storage.local.get(key);
    if (existing[key] === undefined && Object.keys(await loadChoices()).length >= MAX_CHOICES) {
      return { saved: false, message: `RoleLens keeps at most ${MAX_CHOICES} of your labels and levels. Export them from the popup and clear some to add more.` };
    }
    await browser.storage.local.set({ [key]: jobChoiceSchema.parse(choice) });
    return { saved: true };
  } catch (error) {
    return { saved: false, message: writeFailure(error) };
  }
}

/**
 * Replaces every stored choice with these (an import). Checked against the quota first by size, so
 * that a file too big to store changes nothing rather than half.
 */
export async function replaceChoices(choices: Record<string, JobChoice>): Promise<ChoiceWrite> {
  const entries = Object.values(choices);
  if (entries.length > MAX_CHOICES) return { saved: false, message: `The file holds ${entries.length} labels and levels; RoleLens keeps at most ${MAX_CHOICES}.` };
  try {
    const all = await browser.storage.local.get(null);
    const old = Object.keys(all).filter((key) => key.startsWith(PREFIX));
    const next = Object.fromEntries(entries.map((choice) => [PREFIX + jobKey(choice.board, choice.jobId), choice]));
    await browser.storage.local.set(next);
    const gone = old.filter((key) => !(key in next));
    if (gone.length > 0) await browser.storage.local.remove(gone);
    return { saved: true };
  } catch (error) {
    return { saved: false, message: writeFailure(error) };
  }
}

export async function clearChoices(): Promise<ChoiceWrite> {
  return replaceChoices({});
}

function writeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/quota/i.test(text)) return `The browser's storage for RoleLens is full (${text}). Export your labels from the popup and clear some.`;
  return `Could not save: ${text}`;
}
