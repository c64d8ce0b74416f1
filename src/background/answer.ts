import { analyzePosting } from '../analysis/analyze-posting';
import { loadChoice, loadChoices, saveChoice } from '../choices/choices-store';
import { jobKey, MAX_KEPT_DESCRIPTION, SETTABLE_LEVELS, userLabelSchema } from '../choices/job-choices';
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

const postingSchema = z.object({
  jobId: optionalText(MAX_FIELD),
  title: text(MAX_FIELD),
  company: optionalText(MAX_FIELD),
  location: optionalText(MAX_FIELD),
  description: text(MAX_TEXT),
  descriptionReason: text(MAX_FIELD).optional(),
  baseSalary: z.unknown().optional(),
  salaryText: text(MAX_FIELD).optional(),
  boardCountry: optionalText(MAX_FIELD),
});
const jobSchema = z.object({ board: text(40), jobId: text(200) });
const LABELS = ['data', 'backend', 'hybrid', 'other'] as const;

const requestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rolelens:analyze'), posting: postingSchema, job: jobSchema.nullable() }),
  z.object({
    type: z.literal('rolelens:label-cards'),
    cards: z.array(z.object({ title: text(MAX_FIELD), job: jobSchema })).max(MAX_TITLES),
  }),
  z.object({
    type: z.literal('rolelens:save-choice'),
    job: jobSchema,
    posting: postingSchema,
    modelLabel: z.enum(LABELS).nullable(),
    label: userLabelSchema.nullable().optional(),
    level: z.enum(SETTABLE_LEVELS).nullable().optional(),
  }),
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
      return (request.job ? loadChoice(request.job.board, request.job.jobId) : Promise.resolve(null)).then((choice) => ({
        analysis: analyzePosting(request.posting, choice),
      }));
    case 'rolelens:label-cards':
      return labelCards(request.cards);
    case 'rolelens:save-choice':
      return saveChoiceFor(request);
    case 'rolelens:get-settings':
      return loadSettings().then(({ settings }) => ({ settings }));
    case 'rolelens:save-panel-open':
      return savePanelOpen(request.open);
  }
}

/** Each card by its title alone, unless the user corrected that job: then by their label. */
async function labelCards(cards: { title: string; job: { board: string; jobId: string } }[]): Promise<BackgroundAnswer<'rolelens:label-cards'>> {
  const corrected = await correctedLabels();
  return {
    labels: cards.map(({ title, job }) => {
      const mine = corrected.get(jobKey(job.board, job.jobId));
      return mine ? { label: mine, corrected: true } : { label: labelFromTitle(title), corrected: false };
    }),
  };
}

/** The user's labels by job, read once per request (a search page asks about 25 to 500 cards at once). */
async function correctedLabels(): Promise<Map<string, 'data' | 'backend' | 'hybrid' | 'other'>> {
  const labels = new Map<string, 'data' | 'backend' | 'hybrid' | 'other'>();
  for (const [key, choice] of Object.entries(await loadChoices())) if (choice.label) labels.set(key, choice.label.label);
  return labels;
}

/** A label or level the user set (or undid), merged into what is kept for the job. */
async function saveChoiceFor(request: Extract<z.infer<typeof requestSchema>, { type: 'rolelens:save-choice' }>): Promise<BackgroundAnswer<'rolelens:save-choice'>> {
  const previous = await loadChoice(request.job.board, request.job.jobId);
  const label = request.label === undefined ? previous?.label : (request.label ?? undefined);
  const level = request.level === undefined ? previous?.level : (request.level ?? undefined);
  return saveChoice({
    board: request.job.board,
    jobId: request.job.jobId,
    title: request.posting.title,
    company: request.posting.company ?? null,
    location: request.posting.location ?? null,
    description: request.posting.description.slice(0, MAX_KEPT_DESCRIPTION),
    ...(label ? { label } : {}),
    ...(level ? { level } : {}),
    modelLabel: request.modelLabel,
    at: Date.now(),
  });
}

/** The panel's Hide / Details, remembered as "start collapsed"; nothing is written when nothing changes. */
async function savePanelOpen(open: boolean): Promise<BackgroundAnswer<'rolelens:save-panel-open'>> {
  const { settings } = await loadSettings();
  if (settings.startCollapsed === !open) return { saved: true };
  return saveSettings({ ...settings, startCollapsed: !open });
}
