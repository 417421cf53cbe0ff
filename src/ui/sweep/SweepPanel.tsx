/**
 * "Where each model breaks", the training panel's last part: the accuracy-by-gap sweep. The learner picks the models, the gaps and
 * the seeds; "Run sweep" trains every (model, gap, seed) from scratch on a pool of Web Workers, with
 * the experiment CLI's own runs and budget, so the command shown below gives the same numbers.
 * Results arrive run by run into the figure, the table and one sentence; the autosave keeps them.
 */
import { format } from 'd3-format';
import { useId, useMemo, useState } from 'react';
import { CELL_KINDS } from '../../core';
import { DEFAULT_BUDGET } from '../../sim/experiment';
import { gapBands, SWEEP_LIMITS, sweepCommand } from '../../sim/sweep';
import { ABLATIONS, type Design } from '../../sim/variant';
import type { LabStore } from '../../state/lab-state';
import { useLab, useLabStore } from '../../state/use-lab';
import { saveBlob } from '../export/save-blob';
import { designName } from '../training/designs';
import { ProgressBar } from '../training/ProgressBar';
import { AccuracyByGap } from './AccuracyByGap';
import { readBreaks, sweepCsv, sweepJson } from './read';
import './sweep.css';

const DESIGNS: readonly Design[] = [...CELL_KINDS, ...ABLATIONS];
const fmtCount = format(',');
const selectSettings = (s: LabStore) => s.sweepSettings;
const selectSweep = (s: LabStore) => s.sweep;

/** The sweep's settings: which models, which gaps (typed), how many seeds. */
function SweepForm() {
  const id = useId();
  const settings = useLab(selectSettings);
  const { setSweepSettings } = useLabStore().getState();
  const [gapsText, setGapsText] = useState(settings.gaps.join(', '));
  const toggle = (d: Design, on: boolean) =>
    setSweepSettings({ kinds: DESIGNS.filter((x) => (x === d ? on : settings.kinds.includes(x))) });
  const readGaps = () => {
    const gaps = gapsText.split(/[\s,]+/).filter(Boolean).map(Number);
    setSweepSettings({ gaps });
  };
  return (
    <div className="sweep-form">
      <fieldset className="sweep-kinds">
        <legend>Models</legend>
        {DESIGNS.map((d) => (
          <label key={d}>
            <input type="checkbox" checked={settings.kinds.includes(d)} onChange={(e) => toggle(d, e.target.checked)} />
            <span>{designName(d)}</span>
          </label>
        ))}
      </fieldset>
      <div className="train-setting">
        <label htmlFor={`${id}-gaps`}>Gaps</label>
        <input
          id={`${id}-gaps`}
          className="sweep-gaps"
          inputMode="numeric"
          value={gapsText}
          aria-describedby={`${id}-gaps-help`}
          onChange={(e) => setGapsText(e.target.value)}
          onBlur={readGaps}
          onKeyDown={(e) => e.key === 'Enter' && readGaps()}
        />
        <span id={`${id}-gaps-help`} className="train-help">
          up to {SWEEP_LIMITS.gaps}, each {SWEEP_LIMITS.gap.min}–{SWEEP_LIMITS.gap.max}, separated by commas
        </span>
      </div>
      <div className="train-setting">
        <label htmlFor={`${id}-seeds`}>Seeds</label>
        <select id={`${id}-seeds`} value={settings.seeds} onChange={(e) => setSweepSettings({ seeds: Number(e.target.value) })}>
          {Array.from({ length: SWEEP_LIMITS.seeds.max }, (_, k) => k + 1).map((n) => (
            <option key={n} value={n}>{n}</option>
          ))}
        </select>
      </div>
    </div>
  );
} // prettier-ignore

/** What the sweep's status line says. */
function statusLine(sweep: NonNullable<LabStore['sweep']>): string {
  const n = `${sweep.results.length} of ${sweep.total} runs`;
  switch (sweep.status) {
    case 'running':
      return `Sweeping: ${n} done.`;
    case 'done':
      return `Done: ${n}.`;
    case 'cancelled':
      return `Cancelled after ${n}; their numbers stay.`;
    case 'failed':
      return `The sweep stopped after ${n}: ${sweep.reason}.`;
  }
}

export function SweepPanel() {
  const id = useId();
  const settings = useLab(selectSettings);
  const sweep = useLab(selectSweep);
  const { runSweep, cancelSweep } = useLabStore().getState();
  const running = sweep?.status === 'running';
  const shown = sweep?.settings ?? settings;
  const bands = useMemo(() => gapBands(sweep?.results ?? [], shown.kinds), [sweep, shown]);
  const reading = readBreaks(bands, shown.kinds);
  const percent = sweep ? (100 * sweep.results.length) / sweep.total : 0;
  const b = DEFAULT_BUDGET;
  const save = (text: string, type: string, ext: string) =>
    saveBlob(new Blob([text], { type }), `gate-lab-sweep.${ext}`);
  return (
    <section className="sweep" aria-labelledby={id}>
      <h3 id={id}>Where each model breaks</h3>
      <p className="caption">
        Do gates solve every long dependency? Train each model from scratch at growing gaps and see
        where its held-out accuracy falls. Every run has the experiment&apos;s budget: H ={' '}
        {b.H}, {fmtCount(b.updates)} updates of {b.batchSize} sequences, {fmtCount(b.trainSize)}{' '}
        training and {fmtCount(b.testSize)} held-out sequences, the seed fixing the data and the
        initial weights. The runs share this device&apos;s cores, one worker per core.
      </p>
      <SweepForm />
      <div className="train-controls">
        <button type="button" className="primary" onClick={runSweep}>
          Run sweep
        </button>
        <button type="button" onClick={cancelSweep} disabled={!running}>
          Cancel sweep
        </button>
        <ProgressBar
          label="Sweep progress"
          percent={percent}
          text={sweep ? `${sweep.results.length} / ${sweep.total}` : '–'}
        />
      </div>
      {sweep && (
        <p className={sweep.status === 'failed' ? 'run-status run-alert' : 'run-status'} role={sweep.status === 'failed' ? 'alert' : undefined}>
          {statusLine(sweep)}
        </p>
      )}
      <AccuracyByGap bands={bands} kinds={shown.kinds} gaps={[...new Set(shown.gaps)].sort((a, z) => a - z)} />
      {reading && <p className="compare-reading">{reading}</p>}
      <p className="sweep-cli">
        The same sweep from the command line (same numbers):{' '}
        <code>{sweepCommand(shown)}</code>
      </p>
      <p className="weights-export">
        <button type="button" disabled={!sweep?.results.length} onClick={() => sweep && save(sweepCsv(sweep.results), 'text/csv', 'csv')}>
          Export sweep CSV
        </button>{' '}
        <button type="button" disabled={!sweep?.results.length} onClick={() => sweep && save(sweepJson(sweep), 'application/json', 'json')}>
          Export sweep JSON
        </button>
      </p>
    </section>
  );
} // prettier-ignore
