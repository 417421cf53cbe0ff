/**
 * "Export as PyTorch script": one `.py` file that rebuilds the model the lab shows in PyTorch
 * (torch.nn.RNN / LSTM / GRU in float64, plus the readout torch.nn.Linear(H, 1)), loads the
 * weights embedded in it, encodes the lab's current sequence exactly as the lab does, prints the
 * jam risk at every step and checks it against the lab's own numbers (embedded too) within 1e-9.
 * It runs unchanged with torch ≥ 1.13, as a file or pasted into a notebook cell.
 */
import {
  CELLS,
  heldGates,
  HOLD_BIAS,
  jamRisk,
  runForward,
  type GateOverride,
  type Model,
} from '../../core';
import { D, EVENT_KINDS, encodeSequence, type ScanEvent } from '../../data';
import { torchWeights } from './torch-weights';

/** How far the script lets torch's jam risk differ from the lab's at any step. */
export const SCRIPT_TOLERANCE = 1e-9;

/** A number as Python reads it back to the same float64 (JavaScript's shortest round-trip text). */
const py = (x: number) => String(x);
/** JSON of numbers, strings and lists is a Python literal too. */
const literal = (x: unknown) => JSON.stringify(x);

/** What the script says about forced gates: PyTorch's modules have no such switch. */
function forcingNote(overrides: readonly GateOverride[]): string[] {
  if (overrides.length === 0) return [];
  const gates = [...new Set(overrides.map((o) => o.gate))].join(', ');
  return [
    `The lab showed this model with forced gates (${gates}). PyTorch's modules have no way to`,
    "force a gate, so this script runs the model as it learned, and checks it against the lab's",
    'numbers as learned.',
  ];
}

/** What the script says about a design without a gate: its weights hold the gate at 1. */
const removedNote = (removed: readonly string[]) => [
  `This design has no ${removed.join(', ')} gate: the lab held it at 1 in training and in use. Its`,
  `weights below hold it at exactly 1 (zero weights, input bias ${HOLD_BIAS}: sigmoid(${HOLD_BIAS}) is 1.0 in`,
  "float64), so PyTorch's full cell computes what the lab computed.",
];

/** The script's text, or null for a kind PyTorch has no module for. */
export function torchScript(
  model: Model,
  events: readonly ScanEvent[],
  overrides: readonly GateOverride[] = [],
): string | null {
  const module = CELLS[model.cell.kind].torch;
  if (!module) return null;
  const { H } = model.cell;
  // the lab's own numbers, as learned: what torch's module computes
  const risks = jamRisk(model.readout, runForward(model.cell, encodeSequence(events), { overrides: heldGates(model) }).hs); // prettier-ignore
  const readings = events.map((e) => `(${literal(e.kind)}, ${py(e.magnitude)})`);
  return [
    '"""',
    `Gate Lab's ${module} (hidden size ${H}) as a PyTorch script.`,
    '',
    `Builds torch.nn.${module}(input_size=${D}, hidden_size=${H}) in float64 and the jam-risk readout`,
    `torch.nn.Linear(${H}, 1), loads the lab's weights (below), runs them on the sequence the lab`,
    'showed, prints the jam risk p_t = sigmoid(readout(h_t)) at every step, and checks it against',
    `the lab's own numbers (below) within ${SCRIPT_TOLERANCE}.`,
    ...(overrides.length ? ['', ...forcingNote(overrides)] : []),
    ...(model.removed?.length ? ['', ...removedNote(model.removed)] : []),
    '',
    'Needs torch >= 1.13. Run it with `python <this file>`, or paste it into a notebook cell.',
    '"""',
    'import torch',
    '',
    `# the lab's weights: the module's state_dict() plus the readout's, as "Export weights" writes them`,
    `WEIGHTS = ${literal(torchWeights(model))}`,
    '',
    '# the sequence the lab showed: (kind, magnitude) per reading',
    `READINGS = [${readings.join(', ')}]`,
    '',
    "# the lab's jam risk at every step, computed by its own TypeScript core",
    `LAB_RISKS = [${Array.from(risks, py).join(', ')}]`,
    '',
    `KINDS = ${literal(EVENT_KINDS)}`,
    '',
    '',
    'def encode(readings):',
    '    """The lab\'s encoding: one-hot of the reading\'s kind, then its magnitude; [1, T, 6] float64."""',
    '    rows = [[1.0 if k == kind else 0.0 for k in KINDS] + [float(m)] for kind, m in readings]',
    '    return torch.tensor([rows], dtype=torch.float64)',
    '',
    '',
    'weights = dict(WEIGHTS)',
    'assert weights.pop("nonlinearity") == "tanh"  # the lab\'s RNN is tanh, nn.RNN\'s default',
    'readout_weights = {"weight": weights.pop("readout.weight"), "bias": weights.pop("readout.bias")}',
    `cell = torch.nn.${module}(input_size=${D}, hidden_size=${H}, batch_first=True).double()`,
    'cell.load_state_dict({k: torch.tensor(v, dtype=torch.float64) for k, v in weights.items()})',
    `readout = torch.nn.Linear(${H}, 1).double()`,
    'readout.load_state_dict({k: torch.tensor(v, dtype=torch.float64) for k, v in readout_weights.items()})',
    '',
    'with torch.no_grad():',
    '    hs, _ = cell(encode(READINGS))',
    '    risks = torch.sigmoid(readout(hs)).reshape(-1).tolist()',
    '',
    'for t, ((kind, m), p) in enumerate(zip(READINGS, risks)):',
    '    print(f"step {t:3d}  {kind:<6} {m:<6}  jam risk {p:.6f}")',
    'worst = max(abs(p - q) for p, q in zip(risks, LAB_RISKS))',
    `if worst > ${SCRIPT_TOLERANCE}:`,
    `    raise AssertionError(f"torch and the lab differ by {worst:.3g} at some step (more than ${SCRIPT_TOLERANCE})")`,
    `print(f"torch agrees with the lab at all {len(risks)} steps (largest difference {worst:.3g}).")`,
    '',
  ].join('\n');
}
