// @vitest-environment jsdom
/** The guided lesson: each step sets the lab's state and says what it shows; then the knowledge check. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jamRisk, runForward, type CellKind, type GateOverride } from '../../src/core';
import { encodeSequence, scenario, type ScenarioId } from '../../src/data';
import { readLink } from '../../src/state/link';
import { fmtPercent } from '../../src/ui/format';
import { Lab } from '../../src/ui/Lab';
import { QUESTIONS } from '../../src/ui/lesson/quiz';
import { LESSON_STEPS } from '../../src/ui/lesson/steps';
import { MODELS, renderWithLab } from './helpers';

/** The jam risk at a scenario's last reading, straight from the core. */
function endRisk(kind: CellKind, id: ScenarioId, overrides: GateOverride[] = []): string {
  const { cell, readout } = MODELS[kind];
  const trace = runForward(cell, encodeSequence(scenario(id).events), { overrides });
  const risks = jamRisk(readout, trace.hs);
  return fmtPercent(risks[risks.length - 1]);
}

beforeEach(() => {
  // jsdom has no 2D canvas; the heatmaps and the diagram skip drawing without one
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function start() {
  const user = userEvent.setup();
  const lab = renderWithLab(<Lab />, { kind: 'gru', scenarioId: 'blips-then-drift' });
  await user.click(screen.getByRole('button', { name: 'Start lesson' }));
  const lesson = screen.getByRole('region', { name: 'Lesson' });
  const next = () => user.click(within(lesson).getByRole('button', { name: /^Next/ }));
  const back = () => user.click(within(lesson).getByRole('button', { name: 'Back' }));
  return { ...lab, user, lesson, next, back };
}

/** The heading of the panel the open step points at (the one carrying data-lesson-target). */
const targetHeading = () =>
  document.querySelector('[data-lesson-target]')?.querySelector('h2')?.textContent;

const last = (id: ScenarioId) => scenario(id).events.length - 1;

describe('the guided lesson', () => {
  it('opens on step 1: the vanilla RNN at the wobble of the canonical scenario', async () => {
    const { store, lesson } = await start();
    const s = store.getState();
    expect([s.kind, s.scenarioId, s.t, s.overrides]).toEqual(['rnn', 'wobble-drift-jam', 3, []]);
    expect(s.events[s.t].kind).toBe('wobble');
    expect(lesson).toHaveTextContent('Step 1 of 8');
    expect(lesson).toHaveTextContent('At step 3 the package wobbles');
    expect(targetHeading()).toBe('Heatmaps');
    expect(screen.getByRole('heading', { name: 'Lesson' })).toHaveFocus();
  });

  it('moves with Next and Back, re-applying each step and quoting the core', async () => {
    const { store, lesson, next, back } = await start();
    await next();
    expect(lesson).toHaveTextContent('Step 2 of 8');
    expect([store.getState().kind, store.getState().t]).toEqual(['rnn', last('wobble-drift-jam')]);
    expect(lesson).toHaveTextContent(
      `gives a jam risk of ${endRisk('rnn', 'wobble-drift-jam')}; on the same readings without the wobble it gives ${endRisk('rnn', 'drift-no-wobble')}`,
    );
    expect(targetHeading()).toBe('Conveyor timeline');
    expect(document.querySelectorAll('[data-lesson-target]')).toHaveLength(1);
    store.getState().seek(10);
    await back();
    expect(lesson).toHaveTextContent('Step 1 of 8');
    expect(store.getState().t).toBe(3);
  });

  it('puts the lab into every step’s state, forced gates included', async () => {
    const { store, lesson, next } = await start();
    for (const [k, step] of LESSON_STEPS.entries()) {
      const s = store.getState();
      expect(lesson).toHaveTextContent(`Step ${k + 1} of ${LESSON_STEPS.length}`);
      expect(lesson).toHaveTextContent(step.title);
      expect([s.kind, s.scenarioId, s.overrides]).toEqual([step.kind, step.scenarioId, step.overrides]); // prettier-ignore
      expect(s.t).toBe(step.t === 'end' ? last(step.scenarioId) : step.t);
      if (k < LESSON_STEPS.length - 1) await next();
    }
  });

  it('quotes the cell and hidden states at the step from the trace', async () => {
    const { lesson, next } = await start();
    for (let k = 0; k < 3; k++) await next();
    const trace = runForward(MODELS.lstm.cell, encodeSequence(scenario('wobble-drift-jam').events));
    if (trace.kind !== 'lstm') throw new Error('an LSTM trace');
    const size = (v: Float64Array) => Math.max(...v.map(Math.abs)).toFixed(3);
    expect(lesson).toHaveTextContent(
      `At step 15, in the calm, the largest |c| (cell state) is ${size(trace.cs[15])} and the largest |h| (hidden state) is ${size(trace.hs[15])}.`,
    );
  });

  it('quotes the forced run and the run as learned from the core', async () => {
    const { lesson, next } = await start();
    for (let k = 0; k < 4; k++) await next();
    expect(lesson).toHaveTextContent('forget gate is forced shut');
    const learned = endRisk('lstm', 'wobble-drift-jam');
    const shut = endRisk('lstm', 'wobble-drift-jam', [{ gate: 'f', value: 0 }]);
    expect(learned).not.toBe(shut);
    expect(lesson).toHaveTextContent(`goes from ${learned} (as learned) to ${shut}`);
  });

  it('ends in the knowledge check: explanations after answering, links that open the proof', async () => {
    const { user, lesson, next } = await start();
    for (let k = 0; k < LESSON_STEPS.length; k++) await next();
    expect(within(lesson).getByRole('heading', { name: 'Knowledge check' })).toBeVisible();
    expect(within(lesson).getAllByRole('radiogroup')).toHaveLength(3);
    const [q1, q2] = QUESTIONS;
    // a wrong answer is explained too
    const g1 = within(lesson).getByRole('radiogroup', { name: q1.ask });
    await user.click(within(g1).getByRole('radio', { name: q1.options[1] }));
    const box1 = g1.closest('fieldset')!;
    expect(box1).not.toHaveTextContent('Not quite.');
    await user.click(within(box1 as HTMLElement).getByRole('button', { name: 'Check answer' }));
    expect(box1).toHaveTextContent('Not quite.');
    expect(box1).toHaveTextContent(
      `${endRisk('rnn', 'wobble-drift-jam')} with the wobble and ${endRisk('rnn', 'drift-no-wobble')} without it`,
    );
    const link1 = within(box1 as HTMLElement).getByRole('link', { name: 'Open the lab state that shows this' }); // prettier-ignore
    const read1 = readLink(link1.getAttribute('href')!);
    expect(read1.notice).toBeNull();
    expect(read1.state).toMatchObject({ kind: 'rnn', scenarioId: 'drift-no-wobble', t: last('drift-no-wobble') }); // prettier-ignore
    // the right one
    const g2 = within(lesson).getByRole('radiogroup', { name: q2.ask });
    await user.click(within(g2).getByRole('radio', { name: q2.options[q2.answer] }));
    const box2 = g2.closest('fieldset') as HTMLElement;
    await user.click(within(box2).getByRole('button', { name: 'Check answer' }));
    expect(box2).toHaveTextContent('Right.');
    const read2 = readLink(within(box2).getByRole('link').getAttribute('href')!);
    expect(read2.state).toMatchObject({ kind: 'lstm', scenarioId: 'wobble-drift-jam', t: last('wobble-drift-jam') }); // prettier-ignore
    expect(read2.state.overrides).toEqual([{ gate: 'f', value: 0 }]);
    // the proof keeps the knowledge check open, with the answers checked so far
    expect([read2.state.lesson, read2.state.answers]).toEqual([LESSON_STEPS.length, [1, 1, null]]);
  });

  it('reopens where a link or a reload left it, showing the lab as it was', () => {
    const { store } = renderWithLab(<Lab />, {
      kind: 'gru',
      scenarioId: 'blips-then-drift',
      events: scenario('blips-then-drift').events,
      t: 5,
      lesson: 3,
    });
    const lesson = screen.getByRole('region', { name: 'Lesson' });
    expect(lesson).toHaveTextContent('Step 4 of 8');
    expect(lesson).toHaveTextContent(LESSON_STEPS[3].title);
    // the step is not re-applied: the lab shows what the link names
    const s = store.getState();
    expect([s.kind, s.scenarioId, s.t]).toEqual(['gru', 'blips-then-drift', 5]);
  });

  it('reopens the knowledge check with its answers explained', () => {
    renderWithLab(<Lab />, { lesson: LESSON_STEPS.length, answers: [0, null, 1] });
    const lesson = screen.getByRole('region', { name: 'Lesson' });
    const boxes = within(lesson)
      .getAllByRole('radiogroup')
      .map((g) => g.closest('fieldset')!);
    expect(boxes[0]).toHaveTextContent('Right.');
    expect(within(boxes[0]).getByRole('radio', { name: QUESTIONS[0].options[0] })).toBeChecked();
    expect(boxes[1]).not.toHaveTextContent(/Right\.|Not quite\./);
    expect(boxes[2]).toHaveTextContent('Right.');
  });

  it('lists N and P in the keyboard-shortcut help', async () => {
    const user = userEvent.setup();
    renderWithLab(<Lab />);
    await user.click(screen.getByRole('button', { name: 'Keyboard shortcuts' }));
    const help = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(within(help).getByRole('rowheader', { name: 'N' })).toBeVisible();
    expect(within(help).getByRole('row', { name: /^P Lesson step back/ })).toBeVisible();
  });

  it('moves with N and P too, and leaves the lab keys as they were', async () => {
    const { user, store, lesson } = await start();
    await user.keyboard('n');
    expect(lesson).toHaveTextContent('Step 2 of 8');
    await user.keyboard('p');
    expect(lesson).toHaveTextContent('Step 1 of 8');
    await user.keyboard('{ArrowRight}');
    expect(store.getState().t).toBe(4);
    expect(lesson).toHaveTextContent('Step 1 of 8');
  });

  it('closes with End lesson and leaves no outline behind', async () => {
    const { user, lesson } = await start();
    await user.click(within(lesson).getByRole('button', { name: 'End lesson' }));
    expect(screen.queryByRole('region', { name: 'Lesson' })).toBeNull();
    expect(document.querySelector('[data-lesson-target]')).toBeNull();
  });

  it('gives an edited sequence back when the lesson ends', async () => {
    const user = userEvent.setup();
    const { store } = renderWithLab(<Lab />);
    act(() => store.getState().deleteEvent(3)); // the wobble
    const edited = store.getState().events;
    const original = store.getState().original;
    await user.click(screen.getByRole('button', { name: 'Start lesson' }));
    const lesson = screen.getByRole('region', { name: 'Lesson' });
    expect(lesson).toHaveTextContent('Your edited sequence comes back when you end the lesson.');
    expect(store.getState().scenarioId).toBe('wobble-drift-jam'); // the lesson's own
    await user.click(within(lesson).getByRole('button', { name: 'End lesson' }));
    expect(store.getState().events).toEqual(edited);
    expect(store.getState().original).toBe(original);
    expect(store.getState().scenarioId).toBe('custom');
  });

  it('offers back an edited sequence a link put aside, or lets it go', async () => {
    const user = userEvent.setup();
    const edited = scenario('wobble-drift-jam').events.slice(2);
    const { store } = renderWithLab(<Lab />, { aside: { events: edited, original: edited } });
    const offer = screen.getByText(/Your edited sequence \(28 readings\) was put aside/);
    await user.click(within(offer).getByRole('button', { name: 'Bring back my sequence' }));
    expect(store.getState().events).toEqual(edited);
    expect(store.getState().scenarioId).toBe('custom');
    expect(screen.queryByText(/was put aside/)).toBeNull();
    act(() => store.setState({ aside: { events: edited, original: edited } }));
    await user.click(screen.getByRole('button', { name: 'Discard my sequence' }));
    expect(store.getState().aside).toBeNull();
    expect(screen.queryByText(/was put aside/)).toBeNull();
  });
});
