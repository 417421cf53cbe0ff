// @vitest-environment jsdom
/** The shell renders inside one main landmark, with numbers from the core. */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { paramCount } from '../../src/core';
import { App } from '../../src/ui/App';

afterEach(cleanup);

describe('App shell', () => {
  it('renders the lab inside one main landmark with a heading', () => {
    render(<App />);
    const main = screen.getByRole('main');
    expect(within(main).getByRole('heading', { level: 1, name: 'Gate Lab' })).toBeInTheDocument();
  });

  it('shows each cell with the parameter count the core computes', () => {
    render(<App />);
    for (const [kind, name] of [
      ['rnn', 'Vanilla RNN'],
      ['lstm', 'LSTM'],
      ['gru', 'GRU'],
    ] as const) {
      const card = screen.getByRole('heading', { level: 3, name }).closest('li')!;
      expect(card).toHaveTextContent(`${paramCount(kind, 6, 8)} parameters at D = 6, H = 8`);
    }
  });
});
