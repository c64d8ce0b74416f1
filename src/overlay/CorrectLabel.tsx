import type { PostingAnalysis } from '../analysis/analyze-posting';
import { HYBRID_KINDS, LABELS, type UserLabel } from '../choices/choice-values';
import type { ChoiceChange } from './choice-change';
import { HYBRID_KIND_NAMES, LABEL_NAMES } from './format';
import { isUserAction } from './user-action';
import { useSettledChoice } from './use-settled-choice';

/** The labels a user can give, hybrid by its kind: "data", "backend", "hybrid:ml-platform", "other". */
type Option = { value: string; label: UserLabel; name: string };
const OPTIONS: readonly Option[] = LABELS.flatMap((label): Option[] =>
  label === 'hybrid'
    ? HYBRID_KINDS.map((kind) => ({ value: `hybrid:${kind}`, label: { label, hybridKind: kind }, name: `Hybrid: ${HYBRID_KIND_NAMES[kind]}` }))
    : [{ value: label, label: { label, hybridKind: null }, name: LABEL_NAMES[label] }],
);

/**
 * "Not right? It is …": the user's own label for this job, kept on this device, shown instead of
 * RoleLens's on the panel, the card and the popup (band and prep follow it), and undone in one
 * click. Only the user's own input counts.
 */
export function CorrectLabel({ analysis, onChoose }: { analysis: Pick<PostingAnalysis, 'userLabel' | 'label' | 'status'>; onChoose: (change: ChoiceChange) => void }) {
  const current = analysis.userLabel;
  const currentValue = current ? (current.label === 'hybrid' ? `hybrid:${current.hybridKind}` : current.label) : '';
  const [value, choose] = useSettledChoice(currentValue, (picked) => onChoose({ label: OPTIONS.find((option) => option.value === picked)?.label ?? null }));
  return (
    <p class="rl-correct">
      <label>
        {current ? 'Your label: ' : 'Not right? It is '}
        <select
          name="correct-label"
          value={value}
          onChange={(event) => {
            if (isUserAction(event)) choose(event.currentTarget.value);
          }}
        >
          <option value="">{current ? 'RoleLens’s label' : '…'}</option>
          {OPTIONS.map((option) => (
            <option key={option.value} value={option.value}>
              {option.name}
            </option>
          ))}
        </select>
      </label>
      {current ? (
        <>
          {' '}
          <button type="button" class="rl-link" name="undo-label" onClick={(event) => isUserAction(event) && onChoose({ label: null })}>
            Undo
          </button>
        </>
      ) : null}
    </p>
  );
}
