import type { CDPSession, Page } from 'playwright-core';

/**
 * RoleLens's shadow roots are closed: the page cannot reach into them, and neither can Playwright's
 * selectors. The tests reach in as the browser's own tools do, through the Chrome DevTools Protocol:
 * `DOM.describeNode` with `pierce` names a host's closed shadow root, `DOM.resolveNode` hands it
 * over as an object, and `Runtime.callFunctionOn` runs a function with it as `this` (the function
 * runs in the page's main world but holds the root itself). Clicks go through the mouse, at the
 * element's place on screen, so that they are trusted like a user's.
 */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

function sessionOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

type RemoteObject = { objectId?: string };

/** The shadow root of each host matching `hostSelector`, as remote objects, in document order. */
async function shadowRootsOf(page: Page, hostSelector: string): Promise<{ root: string; mode: string }[]> {
  const cdp = await sessionOf(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: { nodeId: number } };
  const { nodeIds } = (await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hostSelector })) as { nodeIds: number[] };
  const roots: { root: string; mode: string }[] = [];
  for (const nodeId of nodeIds) {
    // A host the page or RoleLens removed since the query (a panel replaced for the next job) is no
    // longer there to describe: it is skipped, as a query a moment later would not have found it.
    const described = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true }).catch(() => null);
    const shadow = (described as { node: { shadowRoots?: { backendNodeId: number; shadowRootType?: string }[] } } | null)?.node.shadowRoots?.[0];
    if (!shadow) continue;
    const resolved = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId }).catch(() => null);
    const object = (resolved as { object: RemoteObject } | null)?.object;
    if (object?.objectId) roots.push({ root: object.objectId, mode: shadow.shadowRootType ?? '' });
  }
  return roots;
}

/**
 * Runs `fn` (source of a `function (arg) { … }` that reads `this`, the shadow root) on the first
 * host matching `hostSelector`; null when there is none.
 */
export async function inShadowRoot<T>(page: Page, hostSelector: string, fn: string, arg: unknown = null): Promise<T | null> {
  const [first] = await shadowRootsOf(page, hostSelector);
  if (!first) return null;
  return callOn<T>(page, first.root, fn, arg);
}

/** The same on every matching host, in document order. */
export async function inEachShadowRoot<T>(page: Page, hostSelector: string, fn: string, arg: unknown = null): Promise<T[]> {
  const roots = await shadowRootsOf(page, hostSelector);
  return Promise.all(roots.map(({ root }) => callOn<T>(page, root, fn, arg)));
}

/** The mode of each matching host's shadow root ('closed', 'open'). */
export async function shadowModes(page: Page, hostSelector: string): Promise<string[]> {
  return (await shadowRootsOf(page, hostSelector)).map(({ mode }) => mode);
}

async function callOn<T>(page: Page, objectId: string, fn: string, arg: unknown): Promise<T> {
  const cdp = await sessionOf(page);
  const { result, exceptionDetails } = (await cdp.send('Runtime.callFunctionOn', {
    objectId,
    functionDeclaration: fn,
    arguments: [{ value: arg }],
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value?: unknown }; exceptionDetails?: { text?: string; exception?: { description?: string } } };
  if (exceptionDetails) throw new Error(`In the shadow root: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
  return result.value as T;
}

/**
 * Clicks `selector` inside the first `hostSelector` host's shadow root with the mouse, as a user
 * would (a trusted click). Throws when there is no such element on screen.
 */
export async function clickInShadowRoot(page: Page, hostSelector: string, selector: string): Promise<void> {
  const box = await inShadowRoot<{ x: number; y: number } | null>(
    page,
    hostSelector,
    `function (selector) {
      const element = this.querySelector(selector);
      if (!element) return null;
      element.scrollIntoView({ block: 'center' });
      const rect = element.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0 ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : null;
    }`,
    selector,
  );
  if (!box) throw new Error(`Nothing to click at ${hostSelector} ${selector}`);
  await page.mouse.click(box.x, box.y);
}
