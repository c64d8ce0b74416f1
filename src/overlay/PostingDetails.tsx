import type { PostingAnalysis } from '../analysis/analyze-posting';
import type { Settings } from '../settings/settings-schema';
import type { ChoiceChange } from './choice-change';
import { CompBand } from './CompBand';
import { CorrectLabel } from './CorrectLabel';
import { EvidenceList } from './EvidenceList';
import { LABEL_NAMES, formatPercent } from './format';
import { LevelControl } from './LevelControl';
import { PrepList } from './PrepList';
import { SalaryList } from './SalaryList';

type Shown = Pick<Settings, 'showCompBand' | 'showSalary' | 'showPrep'>;

/**
 * Why the label, the level, the reference band, the posting's own pay, and the prep. With
 * `onChoose` (the in-page panel), the user can correct the label and set the level for this job.
 */
export function PostingDetails({ analysis, shown, onChoose }: { analysis: PostingAnalysis; shown: Shown; onChoose?: ((change: ChoiceChange) => void) | undefined }) {
  return (
    <div class="rl-details">
      {analysis.reason ? <p class="rl-reason">{analysis.reason}</p> : null}
      {onChoose ? <CorrectLabel analysis={analysis} onChoose={onChoose} /> : null}
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
        <LevelControl analysis={analysis} onChoose={onChoose} />
      </section>
      {shown.showCompBand ? (
        <section>
          <h3>Reference band</h3>
          {analysis.bandNote ? <p class="rl-note rl-band-note">{analysis.bandNote}</p> : null}
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
