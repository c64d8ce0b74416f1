import { describe, expect, test } from 'vitest';
import { readCorpus } from '../tools/model/read-corpus';
import { crossValidate } from '../tools/model/cross-validate';
import { predictedLabel, scoreCorpus } from '../tools/model/score-corpus';
import { DEFAULT_HYPERPARAMETERS, vectorize } from '../tools/model/train-model';
import { classify } from '../src/role-model/classify';
import { rankEvidence } from '../src/role-model/rank-evidence';
import { sectionCursor, sectionsOf } from '../src/role-model/sections';
import { MIN_SHARE_OF_STRONGEST } from '../src/role-model/rank-evidence';
import { CORPUS_FILE } from '../tools/paths';

/**
 * The labelled corpus (3,604 real postings), scored by the committed model, which was trained on
 * all of them: these are training-set figures, never accuracy. Their floors sit just under what the
 * committed model reaches (`npm run eval`: 0.892, 0.834, 0.909, 0.825, 0.747, 0.894), so a change
 * that makes it fit its own training data worse fails here. The honest estimate is out of fold,
 * below and in `npm run curve`.
 */
const FIT_FLOOR = { accuracy: 0.885, macroF1: 0.825, dataPrecision: 0.9, backendPrecision: 0.815, hybridKind: 0.735, level: 0.885 };

/**
 * Out of fold: one 5-fold split (seed 0, the one `npm run eval -- --cv` prints), retraining with the
 * committed hyperparameters on 4/5 and classifying the held-out fifth. One split of 3,604 postings
 * scatters by about ±0.003 in accuracy between seeds (`npm run curve`: 5 seeds) and the hybrid
 * kind, judged on ~150 postings, by ±0.03; seed 0 reads 0.873, 0.797, 0.885, 0.791, 0.752 and the
 * floors sit about 0.01 under it (the kind 0.03), so a change that only fits the corpus better while
 * generalising worse fails here. The means over 5 seeds, and how they grow with the corpus, are
 * `npm run curve`'s.
 */
const CV_FLOOR = { accuracy: 0.865, macroF1: 0.785, dataPrecision: 0.875, backendPrecision: 0.78, hybridKind: 0.72 };

const postings = readCorpus(CORPUS_FILE);
const classifications = postings.map((p) => classify({ title: p.title, company: p.company, text: p.description }));
const score = scoreCorpus(postings, classifications);

describe('the corpus, scored by the model trained on it', () => {
  test('holds at least 3,450 labelled postings', () => {
    expect(postings.length).toBeGreaterThanOrEqual(3450);
  });

  test.each([
    ['accuracy', score.accuracy, FIT_FLOOR.accuracy],
    ['macro-F1', score.macroF1, FIT_FLOOR.macroF1],
    ['data precision', score.perLabel.data!.precision, FIT_FLOOR.dataPrecision],
    ['backend precision', score.perLabel.backend!.precision, FIT_FLOOR.backendPrecision],
    ['hybrid kind accuracy', score.hybridKindAccuracy ?? 0, FIT_FLOOR.hybridKind],
    ['level accuracy', score.levelAccuracy ?? 0, FIT_FLOOR.level],
  ])('%s %f stays at or above %f', (_name, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });

  test('no posting is insufficient (they are all full postings)', () => {
    expect(classifications.filter((c) => c.status === 'insufficient').map((_, i) => postings[i]!.id)).toEqual([]);
  });

  test('few `other` postings are sold as DE/BE', () => {
    const others = postings.map((p, i) => [p, classifications[i]!] as const).filter(([p]) => p.label === 'other');
    const sold = others.filter(([, c]) => c.label === 'data' || c.label === 'backend');
    expect(sold.length / others.length).toBeLessThanOrEqual(0.04);
  });

  test('every evidence offset points at its phrase', () => {
    postings.forEach((p, i) => {
      for (const e of classifications[i]!.evidence) {
        expect((e.field === 'title' ? p.title : p.description).slice(e.start, e.end)).toBe(e.phrase);
      }
    });
  });

  // LABELING.md: boilerplate weighs less than the parts written for the role. Each phrase carries the
  // share its occurrences counted, and one seen only in company text is marked so and never named as
  // the reason (11 of 450 summaries named one before; 72 when every occurrence carried an even share).
  test('a phrase is marked company text exactly when it is cited from company boilerplate', () => {
    const mismarked = postings.filter((p, i) => {
      const sectionAt = sectionCursor(sectionsOf(p.description, p.company));
      return classifications[i]!.evidence.some((e) => (e.companyText === true) !== (e.field === 'text' && sectionAt(e.start) === 'boilerplate'));
    });
    expect(mismarked.map((p) => p.id)).toEqual([]);
    expect(classifications.filter((c) => c.evidence.some((e) => e.companyText)).length).toBeGreaterThan(100);
  });

  test('the summary never names a phrase from company boilerplate', () => {
    const naming = postings.filter((p, i) => {
      const c = classifications[i]!;
      const sectionAt = sectionCursor(sectionsOf(p.description, p.company));
      return rankEvidence(c.evidence, c.label).deciding.some((e) => e.field === 'text' && sectionAt(e.start) === 'boilerplate');
    });
    expect(naming.map((p) => p.id)).toEqual([]);
  });

  // "Not a DE/BE role, mainly on “Data Analyst”, “drivers”, “DUTIES”": the headings of an HR job
  // template count (they tell a non-engineering posting) but say nothing of the job (16 of 450 summaries named one before).
  test('the summary never names the heading of an HR job template, which the evidence still lists', () => {
    const templateHeading = /^(?:(?:essential|other) )?(?:duties|functions)(?: as assigned)?$|^work environment$|^physical requirements$/i;
    const naming = postings.filter((_, i) => rankEvidence(classifications[i]!.evidence, classifications[i]!.label).deciding.some((e) => templateHeading.test(e.phrase)));
    expect(naming.map((p) => p.id)).toEqual([]);
    const listed = classifications.filter((c) => c.evidence.some((e) => templateHeading.test(e.phrase) && e.postingFormat));
    expect(listed.length).toBeGreaterThan(15);
  });

  test('the summary names only phrases that carried at least a third of the strongest of their field', () => {
    const weak = postings.filter((_, i) => {
      const named = rankEvidence(classifications[i]!.evidence, classifications[i]!.label).deciding;
      return named.some((e) => e.weight < Math.max(...named.filter((o) => o.field === e.field).map((o) => o.weight)) * MIN_SHARE_OF_STRONGEST);
    });
    expect(weak.map((p) => p.id)).toEqual([]);
  });

  test('insufficient counts as a miss in eval', () => {
    expect(predictedLabel({ ...classifications[0]!, status: 'insufficient' })).toBe('insufficient');
  });
});

describe('the corpus, 5-fold cross-validated', () => {
  const examples = postings.map((p) => ({ posting: { title: p.title, company: p.company, text: p.description }, label: p.label }));
  const cvCalls = crossValidate(examples, vectorize(examples), DEFAULT_HYPERPARAMETERS, 5, 0);
  const cv = scoreCorpus(postings, cvCalls);

  test.each([
    ['accuracy', cv.accuracy, CV_FLOOR.accuracy],
    ['macro-F1', cv.macroF1, CV_FLOOR.macroF1],
    ['data precision', cv.perLabel.data!.precision, CV_FLOOR.dataPrecision],
    ['backend precision', cv.perLabel.backend!.precision, CV_FLOOR.backendPrecision],
    ['hybrid kind accuracy', cv.hybridKindAccuracy ?? 0, CV_FLOOR.hybridKind],
  ])('%s %f stays at or above %f', (_name, value, floor) => {
    expect(value).toBeGreaterThanOrEqual(floor);
  });

  /**
   * What the overlay's close call ("Backend 55% or Not a DE/BE role 38%") promises, out of fold: the
   * clear calls (four in five) are right far more often than close calls, whose label alone is
   * little better than a coin toss, while the label or its runner-up nearly always is (seed 0 of the
   * 3,604: 0.936, 0.599, 0.936).
   */
  test('a close call marks the doubtful labels, and its runner-up is usually the right one when the label is not', () => {
    const c = cv.closeCalls;
    expect(c.closeCalls / c.judged).toBeGreaterThan(0.1);
    expect(c.clearRight / c.clearCalls).toBeGreaterThanOrEqual(0.92);
    expect(c.closeRight / c.closeCalls).toBeLessThanOrEqual(0.75);
    expect(c.closeEitherRight / c.closeCalls).toBeGreaterThanOrEqual(0.92);
  });

  /**
   * A contradiction ("the title reads as backend, but the body reads as data engineering") is worth
   * showing only when the body's reading has a real chance: measured 26 of 450 postings, the body
   * right in 9. When every disagreement was shown (body reading `other` included) it was 75, right in 14.
   */
  test('a contradiction is rare and its body reading is often enough right to be worth saying', () => {
    const flagged = cvCalls.map((c, i) => [c, postings[i]!.label] as const).filter(([c]) => c.contradiction !== null);
    expect(flagged.length / postings.length).toBeLessThanOrEqual(0.1);
    expect(flagged.filter(([c, truth]) => c.contradiction!.bodySays === truth).length / flagged.length).toBeGreaterThanOrEqual(0.3);
  });
});
