import { z } from './zod';
import type { OverlayState } from './overlay/overlay-state';

/**
 * How RoleLens's parts talk to each other: every message between the popup and a tab's content
 * script, and the file the popup injects into a tab it is asked to read. One module, so that a
 * sender and its receiver cannot drift apart.
 */

/**
 * The built content script: WXT writes entrypoints/content to this path. The popup injects it into
 * a page the user asks RoleLens to read (the manifest's matches cover the boards only).
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** The popup asks the current tab's content script what it shows. */
export const GET_STATE = 'rolelens:get-state';

export const stateRequestSchema = z.object({ type: z.literal(GET_STATE) });

/**
 * The content script's answer, checked at the boundary: the popup renders it only when its
 * outer shape is right (a different extension version in an old tab can answer differently).
 */
const stateResponseSchema = z.object({
  state: z
    .object({ kind: z.enum(['posting', 'unrecognised', 'error']) })
    .passthrough()
    .nullable(),
});

export function parseStateResponse(raw: unknown): OverlayState | null | undefined {
  const parsed = stateResponseSchema.safeParse(raw);
  return parsed.success ? (parsed.data.state as OverlayState | null) : undefined;
}

export function isStateRequest(message: unknown): boolean {
  return stateRequestSchema.safeParse(message).success;
}
