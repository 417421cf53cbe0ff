/**
 * The gradient flow: ‖∂L/∂h_t‖ and ‖∂L/∂c_t‖ of the final-step cross-entropy, checked against the
 * core's BPTT driven by hand, against central differences of the loss (nudging h_t and running the
 * rest of the sequence on from it), against the readout's exact last-step gradient, and against
 * what a forced gate must do to the paths back through time.
 */
import { describe, expect, it } from 'vitest';
import {
  bceFromLogit,
  logit,
  runBackward,
  runForward,
  sigmoid,
  type CellKind,
  type GateOverride,
  type Model,
  CELL_KINDS,
} from '../../src/core';
import {
  CANONICAL,
  SCENARIOS,
  encodeSequence,
  jams,
  scenario,
  type ScanEvent,
} from '../../src/data';
import {
  gradientFlow,
  gradientFlows,
  isFlow,
  type GradientFlow,
} from '../../src/state/gradient-flow';
import { MODELS } from '../shipped';

const KINDS = CELL_KINDS;
const canonical = scenario(CANONICAL).events;
const WOBBLE = canonical.findIndex((e) => e.kind === 'wobble');

const l2 = (v: ArrayLike<number>) => Math.sqrt(Array.from(v).reduce((s, x) => s + x * x, 0));
/** |a − b| within `rel` of their size: these norms span 50 orders of magnitude */
const near = (a: number, b: number, rel = 1e-12) =>
  expect(Math.abs(a - b)).toBeLessThanOrEqual(rel * Math.max(Math.abs(a), Math.abs(b), 1e-300));

/** The core's BPTT, driven by hand: ∂L/∂h_{T−1} = (p − y)·w is the loss's only direct gradient. */
function byHand(model: Model, events: readonly ScanEvent[], overrides: GateOverride[] = []) {
  const { cell, readout } = model;
  const y = jams(events) ? 1 : 0;
  const trace = runForward(cell, encodeSequence(events), { overrides });
  const T = trace.T;
  const a = logit(readout, trace.hs[T - 1]);
  const dhs = trace.hs.map(() => new Float64Array(cell.H));
  for (let j = 0; j < cell.H; j++) dhs[T - 1][j] = (sigmoid(a) - y) * readout.w[j];
  const grads = runBackward(cell, trace, dhs);
  return { trace, grads, y, loss: bceFromLogit(a, y), p: sigmoid(a) };
}

/** L as a function of h_t (and, for the LSTM, c_t): run the rest of the sequence on from them. */
function lossFrom(model: Model, events: readonly ScanEvent[], t: number, h: Float64Array, c?: Float64Array) {
  const y = jams(events) ? 1 : 0;
  const rest = encodeSequence(events).slice(t + 1);
  if (rest.length === 0) return bceFromLogit(logit(model.readout, h), y);
  const trace = runForward(model.cell, rest, c ? { h0: h, c0: c } : { h0: h });
  return bceFromLogit(logit(model.readout, trace.hs[trace.T - 1]), y);
} // prettier-ignore

const flowOf = (k: CellKind, events = canonical, overrides: GateOverride[] = []): GradientFlow =>
  gradientFlow(MODELS[k], events, overrides);

describe('gradientFlow: the core BPTT of the final-step loss', () => {
  it('equals the norms of runBackward driven by hand, for every kind and scenario', () => {
    for (const k of KINDS) {
      for (const sc of SCENARIOS) {
        const flow = flowOf(k, sc.events);
        const { grads, y, loss } = byHand(MODELS[k], sc.events);
        expect([flow.kind, flow.y, flow.dh.length]).toEqual([k, y, sc.events.length]);
        near(flow.loss, loss);
        grads.dhs.forEach((dh, t) => near(flow.dh[t], l2(dh)));
        if ('dcs' in grads) grads.dcs.forEach((dc, t) => near(flow.dc![t], l2(dc)));
        else expect(flow.dc).toBeNull();
      }
    }
  });

  it('matches central differences of L nudging h_t (and c_t) and running on from there', () => {
    const eps = 1e-6;
    for (const k of KINDS) {
      const model = MODELS[k];
      const { trace, grads, loss } = byHand(model, canonical);
      const T = trace.T;
      for (const t of [T - 1, T - 2, T - 4, T - 7]) {
        const cT = trace.kind === 'lstm' ? trace.cs[t] : undefined;
        const numeric = Array.from({ length: model.cell.H }, (_, j) => {
          const [up, down] = [eps, -eps].map((d) => {
            const h = Float64Array.from(trace.hs[t]);
            h[j] += d;
            return lossFrom(model, canonical, t, h, cT);
          });
          return (up - down) / (2 * eps);
        });
        // ∂L/∂h_t with c_t held: what reaches h_t through the readout and step t+1; the
        // differences carry rounding of about ε_machine·L/eps per unit, besides O(eps²)
        const rounding = (10 * Number.EPSILON * loss * Math.sqrt(model.cell.H)) / eps;
        const diff = l2(numeric.map((g, j) => g - grads.dhs[t][j]));
        expect(diff, `${k} t=${t}`).toBeLessThan(1e-6 * l2(numeric) + rounding);
        if (trace.kind !== 'lstm' || grads.kind !== 'lstm') continue;
        // ∂L/∂c_t counts h_t = o_t ⊙ tanh(c_t) as moving with c_t
        const { o } = trace.slots[t];
        const numericC = Array.from({ length: model.cell.H }, (_, j) => {
          const [up, down] = [eps, -eps].map((d) => {
            const c = Float64Array.from(trace.cs[t]);
            c[j] += d;
            return lossFrom(
              model,
              canonical,
              t,
              c.map((cj, u) => o[u] * Math.tanh(cj)),
              c,
            );
          });
          return (up - down) / (2 * eps);
        });
        const diffC = l2(numericC.map((g, j) => g - grads.dcs[t][j]));
        expect(diffC, `c, t=${t}`).toBeLessThan(1e-6 * l2(numericC) + rounding);
      }
    }
  });

  it('at the last step is exactly the readout gradient: ‖∂L/∂h_{T−1}‖ = |p − y|·‖w‖', () => {
    for (const k of KINDS) {
      const flow = flowOf(k);
      const { p, y } = byHand(MODELS[k], canonical);
      const T = flow.dh.length;
      console.log(`${k}: p = ${p}, y = ${y}, ‖∂L/∂h_${T - 1}‖ = ${flow.dh[T - 1]}`);
      near(flow.dh[T - 1], Math.abs(p - y) * l2(MODELS[k].readout.w), 1e-14);
    }
  });

  it('with the LSTM forget gate forced to 0, ∂L/∂c_t flows only through h_t = o_t ⊙ tanh(c_t)', () => {
    const forced: GateOverride[] = [{ gate: 'f', value: 0 }];
    const throughH = (overrides: GateOverride[]) => {
      const { trace, grads } = byHand(MODELS.lstm, canonical, overrides);
      if (trace.kind !== 'lstm') throw new Error('an LSTM trace');
      // ∂L/∂c_t if nothing came from c_{t+1}: ∂L/∂h_t ⊙ o_t ⊙ (1 − tanh² c_t)
      return grads.dhs.map((dh, t) => {
        const { o, tanhC } = trace.slots[t];
        return l2(dh.map((d, j) => d * o[j] * (1 - tanhC[j] * tanhC[j])));
      });
    };
    const flow = flowOf('lstm', canonical, forced);
    throughH(forced).forEach((v, t) => near(flow.dc![t], v));
    // as learned, the cell path carries more than that at every step but the last
    const learned = flowOf('lstm');
    const hOnly = throughH([]);
    const T = learned.dh.length;
    near(learned.dc![T - 1], hOnly[T - 1]);
    for (let t = 0; t < T - 1; t++) expect(learned.dc![t]).not.toBeCloseTo(hOnly[t], 20);
  });

  it('vanishes in the vanilla RNN long before the wobble, and reaches it in the LSTM', () => {
    const [rnn, lstm, gru] = KINDS.map((k) => flowOf(k));
    const T = rnn.dh.length;
    const decades = (f: GradientFlow) => Math.log10(f.dh[T - 1] / f.dh[WOBBLE]);
    for (const f of [rnn, lstm, gru]) {
      console.log(
        `${f.kind}: ‖∂L/∂h_${T - 1}‖ = ${f.dh[T - 1].toExponential(3)}, ` +
          `‖∂L/∂h_${WOBBLE}‖ (wobble) = ${f.dh[WOBBLE].toExponential(3)}, ` +
          `shrinks 10^${decades(f).toFixed(1)}-fold${f.dc ? `, ‖∂L/∂c_${WOBBLE}‖ = ${f.dc[WOBBLE].toExponential(3)}` : ''}`,
      );
    }
    // the RNN's gradient at the wobble is many orders of magnitude below the LSTM's …
    expect(rnn.dh[WOBBLE]).toBeLessThan(1e-20 * lstm.dh[WOBBLE]);
    // … though its last-step gradient is larger (it is more wrong): the path back is what differs
    expect(rnn.dh[T - 1]).toBeGreaterThan(lstm.dh[T - 1]);
    expect(decades(rnn)).toBeGreaterThan(decades(lstm) + 20);
    expect(decades(rnn)).toBeGreaterThan(decades(gru) + 20);
  });

  it('follows overrides: a forced gate changes the numbers, to the core’s BPTT with it', () => {
    const learned = flowOf('lstm');
    for (const o of [
      { gate: 'f', value: 0 },
      { gate: 'o', value: 1, units: [0, 3], from: 2, to: 20 },
    ] as GateOverride[]) {
      const flow = flowOf('lstm', canonical, [o]);
      const { grads } = byHand(MODELS.lstm, canonical, [o]);
      expect(Array.from(flow.dh)).not.toEqual(Array.from(learned.dh));
      grads.dhs.forEach((dh, t) => near(flow.dh[t], l2(dh)));
    }
    // GRU update gate forced open: h_t = h_{t−1}, so ∂L/∂h passes back unchanged to step 0
    const held = flowOf('gru', canonical, [{ gate: 'z', value: 1 }]);
    held.dh.forEach((v) => near(v, held.dh[held.dh.length - 1]));
  });
});

describe('gradientFlows: every loaded model, the current one first', () => {
  const inputs = { models: MODELS, kind: 'gru' as CellKind, events: canonical };

  it('runs the current kind with the overrides and the others as learned', () => {
    const overrides: GateOverride[] = [{ gate: 'z', value: 0 }];
    const flows = gradientFlows({ ...inputs, overrides }).filter(isFlow);
    // the current kind first, then the others in the registry's order
    expect(flows.map((f) => f.kind)).toEqual(['gru', ...CELL_KINDS.filter((k) => k !== 'gru')]);
    expect(Array.from(flows[0].dh)).toEqual(Array.from(flowOf('gru', canonical, overrides).dh));
    expect(Array.from(flows[0].dh)).not.toEqual(Array.from(flowOf('gru').dh));
    const lstm = flows.find((f) => f.kind === 'lstm')!;
    expect(Array.from(lstm.dh)).toEqual(Array.from(flowOf('lstm').dh));
  });

  it('skips models not loaded, gives nothing for an empty sequence, and reports a refusal', () => {
    const some = { rnn: MODELS.rnn, lstm: MODELS.lstm };
    expect(gradientFlows({ ...inputs, models: some, kind: 'lstm', overrides: [] }).map((f) => f.kind)).toEqual(['lstm', 'rnn']); // prettier-ignore
    expect(gradientFlows({ ...inputs, events: [], overrides: [] })).toEqual([]);
    const bad = gradientFlows({ ...inputs, overrides: [{ gate: 'z', value: 1, units: [99] }] });
    expect(bad[0]).toEqual({ kind: 'gru', error: expect.stringMatching(/unit 99/) });
    expect(bad.slice(1).every(isFlow)).toBe(true);
  });

  it('reports a loss or gradient size that overflows float64, rather than an infinite norm', () => {
    const w = new Float64Array(MODELS.gru.cell.H).fill(1e308);
    const gru = { cell: MODELS.gru.cell, readout: { w, b: MODELS.gru.readout.b } };
    const [flow] = gradientFlows({ ...inputs, models: { gru }, kind: 'gru', overrides: [] });
    expect(flow).toEqual({ kind: 'gru', error: expect.stringMatching(/overflowed/) });
  });
});
