/**
 * The lab's model as one PyTorch-layout JSON object: the cell's state dict (loadable into
 * torch.nn.RNN / LSTM / GRU with input_size = D, hidden_size = H) plus the readout under
 * `readout.weight` [1, H] and `readout.bias` [1], a torch.nn.Linear(H, 1) state dict; the key
 * `nonlinearity` (pop it before load_state_dict) says the RNN is tanh.
 */
import { cellToStateDict, heldCell, type Model, type StateDict } from '../../core';

/**
 * The state dict keys of the cell and of its readout, flat, as torch's `state_dict()` names them,
 * and the nonlinearity: a state dict cannot say that an nn.RNN is tanh (not relu), so the file does.
 */
export type TorchWeights = StateDict & {
  nonlinearity: 'tanh';
  'readout.weight': number[][];
  'readout.bias': number[];
};

/**
 * The model's weights in PyTorch layout (JSON-ready). A removed gate is written as weights that
 * hold it at exactly 1 (core/held-cell.ts), which torch's full cell then computes.
 */
export function torchWeights(model: Model): TorchWeights {
  return {
    nonlinearity: 'tanh',
    ...cellToStateDict(heldCell(model)),
    'readout.weight': [Array.from(model.readout.w)],
    'readout.bias': Array.from(model.readout.b),
  };
}
