/** The tight reference nets behind one interface: make one for a bench case, take a step. */
import type { CellKind } from '../../src/core';
import type { BenchCase } from './bench-case';
import { adamUpdate, loadInputs, readoutLossGrad, tightBase } from './tight-common';
import { createTightGru, gruBackward, gruForward, type TightGru } from './tight-gru';
import { createTightLstm, lstmBackward, lstmForward, type TightLstm } from './tight-lstm';
import { createTightRnn, rnnBackward, rnnForward, type TightRnn } from './tight-rnn';

export type Tight = TightRnn | TightLstm | TightGru;

/** The kinds with a tight loop (the MGU, added later, has none). */
export const TIGHT_KINDS: readonly CellKind[] = ['rnn', 'lstm', 'gru'];

/** A tight net with the case's initial parameters and its sequence loaded. */
export function createTight(c: BenchCase): Tight {
  const { kind, D, H, T } = c;
  if (!TIGHT_KINDS.includes(kind)) throw new Error(`tight: no tight loop for ${kind}`);
  const { cell, readout } = c.model;
  const base = (G: number) => tightBase(G, D, H, T, cell.theta, readout.w, readout.b);
  const net =
    kind === 'rnn'
      ? createTightRnn(base(1))
      : kind === 'lstm'
        ? createTightLstm(base(4))
        : createTightGru(base(3));
  loadInputs(net, c.xs);
  return net;
}

function forward(net: Tight): void {
  if (net.kind === 'rnn') rnnForward(net);
  else if (net.kind === 'lstm') lstmForward(net);
  else gruForward(net);
}

function backward(net: Tight): void {
  if (net.kind === 'rnn') rnnBackward(net);
  else if (net.kind === 'lstm') lstmBackward(net);
  else gruBackward(net);
}

/** Zeroes the gradients, then forward, loss and BPTT; returns the loss (gradients in net.dP). */
export function tightLossGrad(net: Tight, y: number): number {
  net.dP.fill(0);
  forward(net);
  const loss = readoutLossGrad(net, y);
  backward(net);
  return loss;
}

/** One training step: loss, gradients and Adam; returns the loss. */
export function tightStep(net: Tight, y: number, lr: number): number {
  const loss = tightLossGrad(net, y);
  adamUpdate(net, lr);
  return loss;
}
