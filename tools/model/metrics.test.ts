import { describe, expect, test } from 'vitest';
import { computeMetrics, matchRate } from './metrics';

const LABELS = ['a', 'b', 'c'];
const f1 = (p: number, r: number): number => (2 * p * r) / (p + r);

describe('computeMetrics', () => {
  test('hand-worked example', () => {
    // truth a a a b b c ; predicted a a b b c c
    const m = computeMetrics(LABELS, ['a', 'a', 'a', 'b', 'b', 'c'], ['a', 'a', 'b', 'b', 'c', 'c']);
    expect(m.accuracy).toBeCloseTo(4 / 6);
    expect(m.perLabel.a).toMatchObject({ precision: 1, recall: 2 / 3, support: 3 });
    expect(m.perLabel.b!.precision).toBeCloseTo(0.5);
    expect(m.perLabel.b!.recall).toBeCloseTo(0.5);
    expect(m.perLabel.c!.precision).toBeCloseTo(0.5);
    expect(m.perLabel.c!.recall).toBe(1);
    expect(m.macroF1).toBeCloseTo((f1(1, 2 / 3) + f1(0.5, 0.5) + f1(0.5, 1)) / 3);
    expect(m.confusion).toEqual({ a: { a: 2, b: 1, c: 0 }, b: { a: 0, b: 1, c: 1 }, c: { a: 0, b: 0, c: 1 } });
  });

  test('a prediction outside the labels (insufficient) is a miss and its own confusion column', () => {
    const m = computeMetrics(LABELS, ['a', 'b'], ['insufficient', 'b']);
    expect(m.accuracy).toBe(0.5);
    expect(m.perLabel.a).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(m.confusion.a).toEqual({ a: 0, b: 0, c: 0, insufficient: 1 });
  });

  test.each([
    { name: 'perfect', truth: ['a', 'b', 'c'], predicted: ['a', 'b', 'c'], accuracy: 1, macroF1: 1 },
    { name: 'all wrong', truth: ['a', 'b', 'c'], predicted: ['b', 'c', 'a'], accuracy: 0, macroF1: 0 },
    { name: 'label never true nor predicted counts 0 in macro-F1', truth: ['a', 'b'], predicted: ['a', 'b'], accuracy: 1, macroF1: 2 / 3 },
    { name: 'empty', truth: [], predicted: [], accuracy: 0, macroF1: 0 },
  ])('$name', ({ truth, predicted, accuracy, macroF1 }) => {
    const m = computeMetrics(LABELS, truth, predicted);
    expect(m.accuracy).toBeCloseTo(accuracy);
    expect(m.macroF1).toBeCloseTo(macroF1);
  });

  test('rejects arrays of different length', () => {
    expect(() => computeMetrics(LABELS, ['a'], [])).toThrow('differ in length');
  });
});

describe('matchRate', () => {
  test.each([
    { truth: ['x', null, 'y'], predicted: ['x', 'z', 'z'], rate: 0.5, n: 2 },
    { truth: [null, null], predicted: ['x', 'y'], rate: null, n: 0 },
    { truth: ['x'], predicted: [null], rate: 0, n: 1 },
  ])('$truth vs $predicted', ({ truth, predicted, rate, n }) => {
    expect(matchRate(truth, predicted)).toEqual({ rate, n });
  });
});
