import { expect, test } from 'vitest';
import { extractSignals } from './extract-signals';
import { hybridKindOf } from './hybrid-kind';
import type { HybridKind } from './types';

test.each<{ title: string; text: string; kind: HybridKind }>([
  { title: 'Staff Engineer, ML Platform', text: 'Feature store, model serving, online inference and training infrastructure on GPUs.', kind: 'ml-platform' },
  { title: 'Senior Software Engineer, Data Platform', text: 'Our data platform: ingestion services, the query engine, the streaming platform and metadata.', kind: 'data-platform' },
  { title: 'Software Engineer', text: 'Build data APIs and data products served to customers; serve data through our services.', kind: 'data-services' },
  { title: 'Senior Engineer - Backend & Data', text: 'Build things.', kind: 'data-services' },
  { title: 'Engineer', text: 'Nothing to go on.', kind: 'data-platform' },
  // An ML title: the rubric's only hybrid for ML engineers is ML platform, though the body names data infrastructure.
  { title: 'Machine Learning Engineer', text: 'Petabytes of training data in our dataset management infrastructure.', kind: 'ml-platform' },
  { title: 'Senior AI Engineer', text: 'Build the data infrastructure behind our models.', kind: 'ml-platform' },
  // A data-platform title still outvotes it.
  { title: 'ML Engineer, Data Platform', text: 'Our data platform and data infrastructure: ingestion services and the lakehouse.', kind: 'data-platform' },
])('$title → $kind', ({ title, text, kind }) => {
  expect(hybridKindOf(extractSignals({ title, text }).matches)).toBe(kind);
});
