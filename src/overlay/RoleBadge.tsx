import type { PostingAnalysis } from '../report/analyze-posting';
import { HYBRID_KIND_NAMES, LABEL_NAMES, formatPercent } from './format';

/** The label, its hybrid kind and how sure the model is; "not enough text" instead of a guess. */
export function RoleBadge({ analysis }: { analysis: Pick<PostingAnalysis, 'status' | 'label' | 'hybridKind' | 'confidence'> }) {
  if (analysis.status === 'insufficient') {
    return <span class="rl-badge rl-badge--insufficient">Not enough text to judge</span>;
  }
  const kind = analysis.label === 'hybrid' && analysis.hybridKind ? ` · ${HYBRID_KIND_NAMES[analysis.hybridKind]}` : '';
  return (
    <span class={`rl-badge rl-badge--${analysis.label}`} data-label={analysis.label}>
      {LABEL_NAMES[analysis.label]}
      {kind}
      <span class="rl-confidence" title="How sure the classifier is">
        {formatPercent(analysis.confidence)}
      </span>
    </span>
  );
}
