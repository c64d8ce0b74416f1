import { describe, expect, test } from 'vitest';
import type { Classification, Label } from '../../src/role-model/types';
import { scoreCloseCalls } from './close-call-score';

const call = (label: Label, closeCall: Label | null, status: Classification['status'] = 'ok'): Classification => ({
  status,
  insufficient: status === 'ok' ? null : 'too-short',
  label,
  hybridKind: null,
  confidence: 0.5,
  scores: { data: 0.25, backend: 0.25, hybrid: 0.25, other: 0.25 },
  closeCall,
  evidence: [],
  contradiction: null,
  emphasis: [],
  languages: [],
});

describe('scoreCloseCalls', () => {
  test('counts clear calls, close calls right as given, and close calls right by their runner-up', () => {
    const truth = ['backend', 'other', 'backend', 'data', 'data', 'hybrid'];
    const calls = [
      call('backend', null), // clear, right
      call('backend', null), // clear, wrong
      call('backend', 'other'), // close, right
      call('other', 'data'), // close, the runner-up right
      call('backend', 'other'), // close, both wrong
      call('other', null, 'insufficient'), // not judged
    ];
    expect(scoreCloseCalls(truth, calls)).toEqual({ judged: 5, closeCalls: 3, closeRight: 1, closeEitherRight: 2, clearCalls: 2, clearRight: 1 });
  });
});
