/** The tight reference nets behind one interface: make one for a bench case, take a step. */
import type { BenchCase } from './bench-case';
import { loadInputs } from './tight-common';
import { createTightGru, tightGruLossGrad, tightGruStep, type TightGru } from './tight-gru';
import { createTightLstm, tightLstmLossGrad, tightLstmStep, type TightLstm } from './tight-lstm';
import { createTightRnn, tightRnnLossGrad, tightRnnStep, type TightRnn } from './tight-rnn';

export type Tight = TightRnn | TightLstm | TightGru;

/** A tight net with the case's initial parameters and its sequence loaded. */
export function createTight(c: BenchCase): Tight {
  const { kind, D, H, T } = c;
  const { cell, readout } = c.model;
  const make = { rnn: createTightRnn, lstm: createTightLstm, gru: createTightGru }[kind];
  const net = make(D, H, T, cell.theta, readout.w, readout.b);
  loadInputs(net, c.xs);
  return net;
}

/** Zeroes the gradients, then forward, loss and BPTT; returns the loss (gradients in net.dP). */
export function tightLossGrad(net: Tight, y: number): number {
  switch (net.kind) {
    case 'rnn':
      return tightRnnLossGrad(net, y);
    case 'lstm':
      return tightLstmLossGrad(net, y);
    case 'gru':
      return tightGruLossGrad(net, y);
  }
}

/** One training step: loss, gradients and Adam; returns the loss. */
export function tightStep(net: Tight, y: number, lr: number): number {
  switch (net.kind) {
    case 'rnn':
      return tightRnnStep(net, y, lr);
    case 'lstm':
      return tightLstmStep(net, y, lr);
    case 'gru':
      return tightGruStep(net, y, lr);
  }
}
