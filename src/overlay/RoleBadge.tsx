import type { PostingAnalysis } from '../analysis/analyze-posting';
import { HYBRID_KIND_NAMES, INSUFFICIENT_NAMES, LABEL_NAMES, formatPercent } from './format';

/**
 * The label, its hybrid kind and how sure the model is; "not enough text" instead of a guess. A close
 * call also names the runner-up: then the label alone is right only about 6 times in 10.
 */
export function RoleBadge({ analysis }: { analysis: Pick<PostingAnalysis, 'status' | 'insufficient' | 'label' | 'hybridKind' | 'confidence' | 'closeCall' | 'scores' | 'userLabel'> }) {
  if (analysis.userLabel) {
    // The user's own label, marked as theirs; what RoleLens read stays beside it.
    const { label, hybridKind } = analysis.userLabel;
    const said = analysis.status === 'ok' ? `RoleLens: ${LABEL_NAMES[analysis.label]} ${formatPercent(analysis.confidence)}` : 'RoleLens: not judged';
    return (
      <>
        <span class={`rl-badge rl-badge--${label}`} data-label={label} data-user-label="">
          {LABEL_NAMES[label]}
          {label === 'hybrid' && hybridKind ? ` · ${HYBRID_KIND_NAMES[hybridKind]}` : ''}
          <span class="rl-confidence">yours</span>
        </span>
        <span class="rl-close-call">{said}</span>
      </>
    );
  }
  if (analysis.status === 'insufficient') {
    return <span class="rl-badge rl-badge--insufficient">{INSUFFICIENT_NAMES[analysis.insufficient ?? 'no-text']}</span>;
  }
  const kind = analysis.label === 'hybrid' && analysis.hybridKind ? ` · ${HYBRID_KIND_NAMES[analysis.hybridKind]}` : '';
  const badge = (
    <span class={`rl-badge rl-badge--${analysis.label}`} data-label={analysis.label}>
      {LABEL_NAMES[analysis.label]}
      {kind}
      <span class="rl-confidence" title="How sure the classifier is">
        {formatPercent(analysis.confidence)}
      </span>
    </span>
  );
  if (analysis.closeCall === null) return badge;
  // The precision guard can keep a higher-scoring Data/Backend out of the label (the reason says so).
  const hint = analysis.scores[analysis.closeCall] > analysis.scores[analysis.label] ? 'Close call: the runner-up scored higher, but without the lead needed to name it' : 'Close call: the runner-up scored close to the label';
  return (
    <>
      {badge}
      <span class="rl-close-call" data-close-call={analysis.closeCall} title={hint}>
        or {LABEL_NAMES[analysis.closeCall]} {formatPercent(analysis.scores[analysis.closeCall])}
      </span>
    </>
  );
}
