import { DIMENSIONS } from './dimensions';
import { PREP_RESOURCES, type PrepResource } from './prep-resources';
import type { Classification, DimensionId } from './types';

export type PrepItem = { title: string; url: string; dimension: DimensionId; forLabel: 'data' | 'backend'; why?: string };

const MAX_ITEMS = 10;
/**
 * Every posting of a label stresses its primary work and scope (that is what made the label), so
 * these count less: the ordering should follow what sets this posting apart (streaming, SQL depth,
 * modeling, latency…).
 */
const DIMENSION_FACTOR: Partial<Record<DimensionId, number>> = { 'primary-work': 0.3, 'role-scope': 0.3, 'user-impact': 0.3 };
const MAX_PHRASES_IN_WHY = 3;
/** A posting that lists six languages still gets prep in the two it names most. */
const MAX_LANGUAGES = 2;
/** Index the posting's main language resource is raised to when it ranks lower (third place; the panel shows six). */
const PRIMARY_LANGUAGE_PLACE = 2;

/**
 * Interview prep ordered by what this posting stresses: each resource scores by how many of the
 * posting's phrases speak to its dimension and lean its way (a streaming-heavy posting puts event time and watermarks
 * first). Hybrid gets both lists, each side weighted by how much the posting leans to it; `other` and
 * insufficient postings get none.
 */
export function prepFor(classification: Classification): PrepItem[] {
  if (classification.status !== 'ok' || classification.label === 'other') return [];
  const sides: ('data' | 'backend')[] = classification.label === 'hybrid' ? ['data', 'backend'] : [classification.label];
  const sideWeight = { data: 1, backend: 1 };
  if (classification.label === 'hybrid') {
    const { data, backend } = classification.scores;
    sideWeight.data = 0.5 + data / (data + backend || 1);
    sideWeight.backend = 0.5 + backend / (data + backend || 1);
  }

  // Stress: how many phrases speak to a dimension on this side (hybrid and shared phrases count half).
  const stress = new Map<string, number>();
  for (const { dimension, leans, occurrences } of classification.emphasis) {
    for (const side of sides) {
      if (leans !== side && leans !== 'shared' && leans !== 'hybrid') continue;
      const factor = (leans === side ? 1 : 0.5) * (DIMENSION_FACTOR[dimension] ?? 1);
      const key = `${side}:${dimension}`;
      stress.set(key, (stress.get(key) ?? 0) + occurrences * factor);
    }
  }
  // The strongest phrases behind each dimension, for the "why".
  const phrases = new Map<string, string[]>();
  for (const evidence of classification.evidence) {
    if (evidence.weight <= 0) continue;
    for (const side of sides) {
      if (evidence.leans !== side && evidence.leans !== 'shared' && evidence.leans !== 'hybrid') continue;
      const key = `${side}:${evidence.dimension}`;
      const list = phrases.get(key) ?? [];
      if (list.length < MAX_PHRASES_IN_WHY && !list.includes(evidence.phrase)) list.push(evidence.phrase);
      phrases.set(key, list);
    }
  }

  // Language resources only for the languages the posting names (a Java posting gets no Go tour), most-named first.
  const languages = classification.languages.slice(0, MAX_LANGUAGES);
  const languageRank = (resource: PrepResource): number => (resource.language === undefined ? 0 : languages.indexOf(resource.language));
  const candidates = PREP_RESOURCES.map((resource, order) => ({ resource, order })).filter(
    ({ resource }) => sides.includes(resource.forLabel) && languageRank(resource) >= 0,
  );
  const score = (resource: PrepResource): number => (stress.get(`${resource.forLabel}:${resource.dimension}`) ?? 0) * sideWeight[resource.forLabel];
  candidates.sort((a, b) => score(b.resource) - score(a.resource) || languageRank(a.resource) - languageRank(b.resource) || a.order - b.order);
  // ROLE-MODEL.md: backend loops test "extended coding in one's primary language". Whatever else the
  // posting stresses, the language it names most is what the coding round is in: never below third.
  const primary = candidates.findIndex(({ resource }) => resource.language !== undefined && languageRank(resource) === 0);
  if (primary > PRIMARY_LANGUAGE_PLACE) candidates.splice(PRIMARY_LANGUAGE_PLACE, 0, ...candidates.splice(primary, 1));
  return candidates.slice(0, MAX_ITEMS).map(({ resource }) => {
    const said = phrases.get(`${resource.forLabel}:${resource.dimension}`);
    const dimension = DIMENSIONS.find((d) => d.id === resource.dimension)?.name ?? resource.dimension;
    const item: PrepItem = { title: resource.title, url: resource.url, dimension: resource.dimension, forLabel: resource.forLabel };
    if (said && said.length > 0 && score(resource) > 0) item.why = `${dimension}: the posting stresses ${said.map((p) => `“${p}”`).join(', ')}`;
    return item;
  });
}
