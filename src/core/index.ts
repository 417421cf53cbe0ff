/**
 * Gate Lab's core: the cells of the registry (kinds.ts: vanilla RNN, LSTM, GRU, MGU) with hand-written forward and backward passes in
 * PyTorch's conventions, BPTT, gate overrides, the jam-risk readout, optimisers and PyTorch
 * state-dict import/export. Float64 throughout; no DOM, timers or Math.random.
 */
export type { CellKind, GateName, BlockOf } from './kinds';
export { CELLS, CELL_KINDS, cellSpec, isCellKind, perKind } from './kinds';
export type { CellSpec, StateName } from './cell-spec';
export { STATES } from './cell-spec';
export type { BlockParams, ParamsOf } from './layout';
export { BLOCKS, macCount, paramCount } from './layout';
export type { RnnParams, RnnCell, RnnTrace, RnnGradients } from './rnn';
export type { LstmParams, LstmCell, LstmTrace, LstmGradients } from './lstm';
export type { GruParams, GruCell, GruTrace, GruGradients } from './gru';
export type { MguParams, MguCell, MguTrace, MguGradients } from './mgu';
export type { Matrix } from './matrix';
export type { Cell, CellOf, CellFor } from './cell';
export { makeCell, cloneCell } from './cell';
export { heldCell, HOLD_BIAS } from './held-cell';
export type { GateOverride } from './overrides';
export { FORCEABLE } from './overrides';
export type { Vector, ForwardOptions } from './forward';
export { runForward, forwardInto } from './forward';
export type { Trace, TraceFor } from './trace';
export { allocTrace } from './trace';
export type { Gradients, GradientsFor, StateDictGrads } from './gradients';
export { allocGradients } from './gradients';
export { runBackward, backwardInto } from './backward';
export type { StateDict } from './state-dict';
export { cellFromStateDict, cellToStateDict } from './state-dict';
export type { InitOptions } from './init';
export { initCell } from './init';
export type { Rng } from './rng';
export { createRng } from './rng';
export type { Readout } from './readout';
export { initReadout, jamRisk, logit, bceFromLogit, finalStepLoss } from './readout';
export type { Model, Workspace } from './model';
export {
  initModel,
  heldGates,
  runOverrides,
  modelParams,
  allocWorkspace,
  workspaceGrads,
  zeroGrads,
  accumulateLossGrad,
} from './model';
export type { BatchWorkspace, BatchOptions } from './batch';
export { allocBatch, forwardBatch, accumulateBatchLossGrad, batchJamRisk } from './batch';
export type { SgdOptions, AdamOptions, OptimizerState } from './optim';
export { optimizerState, sgdStep, adamStep, clipGradNorm } from './optim';
export { sigmoid } from './activations';
export type { ModelFile } from './model-file';
export { MODEL_FORMAT, modelToFile, modelFromFile } from './model-file';
export { cut, quote, QUOTE_CHARS } from './quote';
