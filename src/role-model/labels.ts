import type { HybridKind, Label } from './types';

/** ROLE-MODEL.md "Labels": who each label is for. */
export const LABEL_INFO: Readonly<Record<Label, { name: string; about: string }>> = {
  data: { name: 'Data engineer', about: 'pipelines, warehouses, ETL/ELT, data modeling, batch and streaming freshness' },
  backend: { name: 'Backend engineer', about: 'APIs, services, OLTP integration, request latency, caching, availability' },
  hybrid: { name: 'Hybrid (data/ML platform, data services)', about: 'a backend mindset applied to data or ML infrastructure: services, platforms and APIs for data' },
  other: { name: 'Not a DE/BE role', about: 'frontend, mobile, data science, analyst, SRE/DevOps, QA, non-engineering' },
};

export const HYBRID_KIND_INFO: Readonly<Record<HybridKind, string>> = {
  'data-platform': 'backend mindset on data infrastructure',
  'ml-platform': 'backend mindset on ML infrastructure',
  'data-services': 'a data team with API-first thinking',
};
