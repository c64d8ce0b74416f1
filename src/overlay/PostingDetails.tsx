import type { PostingAnalysis } from '../analysis/analyze-posting';
import type { Settings } from '../settings/settings-schema';
import { CompBand } from './CompBand';
import { EvidenceList } from './EvidenceList';
import { LABEL_NAMES, formatPercent } from './format';
import { PrepList } from './PrepList';
import { SalaryList } from './SalaryList';

type Shown = Pick<Settings, 'showCompBand' | 'showSalary' | 'showPrep'>;

/** Why the label, the level, the reference band, the posting's own pay, and the prep. */
export function PostingDetails({ analysis, shown }: { analysis: PostingAnalysis; shown: Shown }) {
  return (
    <div class="rl-details">
      {analysis.reason ? <p class="rl-reason">{analysis.reason}</p> : null}
      {analysis.closeCall ? (
        <p class="rl-close-call-note" role="note">
          Close call: this posting could also be {LABEL_NAMES[analysis.closeCall]} ({formatPercent(analysis.scores[analysis.closeCall])}). Read
          the phrases pulling the other way below before you rely on the label.
        </p>
      ) : null}
      {analysis.contradiction ? (
        <p class="rl-contradiction" role="note">
          {analysis.contradiction.explanation}
        </p>
      ) : null}
      {analysis.status === 'ok' ? (
        <section>
          <h3>Why</h3>
          <EvidenceList evidence={analysis.evidence} label={analysis.label} />
        </section>
      ) : null}
      <section>
        <h3>Level</h3>
        <p>
          {analysis.level.level === 'unknown' ? 'Not stated' : analysis.level.level}
          {analysis.level.phrase ? (
            <span class="rl-muted">
              {' '}
              from “<bdi>{analysis.level.phrase}</bdi>”
            </span>
          ) : null}
        </p>
      </section>
      {shown.showCompBand ? (
        <section>
          <h3>Reference band</h3>
          <CompBand band={analysis.compBand} />
          {analysis.runnerUp ? (
            <>
              <p class="rl-if">If it is {LABEL_NAMES[analysis.runnerUp.label]}:</p>
              <CompBand band={analysis.runnerUp.compBand} />
            </>
          ) : null}
        </section>
      ) : null}
      {shown.showSalary ? (
        <section>
          <h3>The posting's pay</h3>
          <SalaryList salary={analysis.salary} comparisons={analysis.salaryVsBand} />
        </section>
      ) : null}
      {shown.showPrep && analysis.status === 'ok' ? (
        <section>
          <h3>Interview prep</h3>
          {analysis.runnerUp ? (
            <>
              <p class="rl-if">If it is {LABEL_NAMES[analysis.runnerUp.label]}:</p>
              <PrepList prep={analysis.runnerUp.prep} />
            </>
          ) : (
            <PrepList prep={analysis.prep} />
          )}
        </section>
      ) : null}
    </div>
  );
}
