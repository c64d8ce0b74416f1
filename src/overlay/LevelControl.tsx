import type { PostingAnalysis } from '../analysis/analyze-posting';
import { SETTABLE_LEVELS, type SettableLevel } from '../choices/choice-values';
import type { ChoiceChange } from './choice-change';
import { isUserAction } from './user-action';
import { useSettledChoice } from './use-settled-choice';

/**
 * The level, as inferred ("L5 from “Senior”") or as the user set it for this job; the reference
 * band follows at once. Setting it back to "as inferred" undoes the choice.
 */
export function LevelControl({ analysis, onChoose }: { analysis: Pick<PostingAnalysis, 'level' | 'inferredLevel'>; onChoose?: ((change: ChoiceChange) => void) | undefined }) {
  const inferred = analysis.inferredLevel ?? analysis.level;
  const chosen = analysis.inferredLevel ? analysis.level.level : '';
  const inferredText = inferred.level === 'unknown' ? 'Not stated' : inferred.level;
  const [value, choose] = useSettledChoice(chosen, (picked) =>
    onChoose?.({ level: (SETTABLE_LEVELS as readonly string[]).includes(picked) ? (picked as SettableLevel) : null }),
  );
  return (
    <p class="rl-level">
      {onChoose ? (
        <label>
          <select
            name="set-level"
            value={value}
            onChange={(event) => {
              if (isUserAction(event)) choose(event.currentTarget.value);
            }}
          >
            <option value="">{inferred.level === 'unknown' ? 'Not stated: set it' : `${inferredText} (inferred)`}</option>
            {SETTABLE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <span>{analysis.level.level === 'unknown' ? 'Not stated' : analysis.level.level}</span>
      )}
      {analysis.inferredLevel ? (
        <span class="rl-muted"> your choice (inferred: {inferredText})</span>
      ) : inferred.phrase ? (
        <span class="rl-muted">
          {' '}
          from “<bdi>{inferred.phrase}</bdi>”
        </span>
      ) : null}
    </p>
  );
}
