import { analyzePosting } from '../analysis/analyze-posting';
import type { BackgroundAnswer, BackgroundRequestType } from '../protocol';
import { labelFromTitle } from '../role-model/label-from-title';
import { loadSettings, saveSettings } from '../settings/settings-store';
import { z } from '../zod';

/** A posting as a tab sends it: anything longer than this is cut (readers cap the description at 1 MB). */
const MAX_TEXT = 1_100_000;
const MAX_FIELD = 2_000;
/** One scan of a long search page sends its cards' titles in batches of at most this many. */
const MAX_TITLES = 1_000;

const text = (max: number) => z.string().transform((value) => value.slice(0, max));
const optionalText = (max: number) => text(max).nullish();

const requestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('rolelens:analyze'),
    posting: z.object({
      jobId: optionalText(MAX_FIELD),
      title: text(MAX_FIELD),
      company: optionalText(MAX_FIELD),
      location: optionalText(MAX_FIELD),
      description: text(MAX_TEXT),
      descriptionReason: text(MAX_FIELD).optional(),
      baseSalary: z.unknown().optional(),
      salaryText: text(MAX_FIELD).optional(),
      boardCountry: optionalText(MAX_FIELD),
    }),
  }),
  z.object({ type: z.literal('rolelens:label-titles'), titles: z.array(text(MAX_FIELD)).max(MAX_TITLES) }),
  z.object({ type: z.literal('rolelens:get-settings') }),
  z.object({ type: z.literal('rolelens:save-panel-open'), open: z.boolean() }),
]);

/**
 * The background's side of protocol.ts: what a tab's content script asks, answered. Anything that
 * is not one of our requests (another extension's message, a malformed one) gets no answer.
 */
export function answer(message: unknown): Promise<BackgroundAnswer<BackgroundRequestType>> | undefined {
  const parsed = requestSchema.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'rolelens:analyze':
      return Promise.resolve({ analysis: analyzePosting(request.posting) });
    case 'rolelens:label-titles':
      return Promise.resolve({ labels: request.titles.map((title) => labelFromTitle(title)) });
    case 'rolelens:get-settings':
      return loadSettings().then(({ settings }) => ({ settings }));
    case 'rolelens:save-panel-open':
      return savePanelOpen(request.open);
  }
}

/** The panel's Hide / Details, remembered as "start collapsed"; nothing is written when nothing changes. */
async function savePanelOpen(open: boolean): Promise<BackgroundAnswer<'rolelens:save-panel-open'>> {
  const { settings } = await loadSettings();
  if (settings.startCollapsed === !open) return { saved: true };
  return saveSettings({ ...settings, startCollapsed: !open });
}
