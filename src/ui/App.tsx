/**
 * The app shell: until the lab's panels land, it introduces the lab and shows the three cells the
 * core implements, with their parameter counts computed by the core.
 */
import { CELL_KINDS, paramCount, type CellKind } from '../core';

const NAMES: Record<CellKind, string> = { rnn: 'Vanilla RNN', lstm: 'LSTM', gru: 'GRU' };
const STORIES: Record<CellKind, string> = {
  rnn: 'One state, rewritten at every step: no gates, so an early event must survive every overwrite.',
  lstm: 'Forget, input and output gates around a separate cell state: a long-term path beside the exposed hidden state.',
  gru: 'Update and reset gates on a single state: the gating idea with fewer parts.',
};
/** The scanner-event input size and the hidden size the lab's models use. */
const D = 6;
const H = 8;

export function App() {
  return (
    <main className="shell">
      <h1>Gate Lab</h1>
      <p className="lede">
        An interactive lab for gated recurrent networks: step through a warehouse scanner sequence
        and watch each gate decide what to keep, forget, write and expose.
      </p>
      <section aria-labelledby="cells-heading">
        <h2 id="cells-heading">The three cells</h2>
        <ul className="cells">
          {CELL_KINDS.map((kind) => (
            <li key={kind}>
              <h3>{NAMES[kind]}</h3>
              <p>{STORIES[kind]}</p>
              <p data-testid={`params-${kind}`}>
                {paramCount(kind, D, H)} parameters at D = {D}, H = {H}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <p className="note">The step-through panels are being built; this page is the app shell.</p>
    </main>
  );
}
