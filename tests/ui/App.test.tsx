// @vitest-environment jsdom
/** The whole lab: it loads the shipped models, then every panel shows the core's numbers. */
import '@testing-library/jest-dom/vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLabStore } from '../../src/state/store';
import { App } from '../../src/ui/App';
import { fmtPercent } from '../../src/ui/format';

/** fetch() served from public/, as the built site serves it */
function servePublic(fail: string | null = null) {
  return vi.fn(async (url: string) => {
    const path = resolve(__dirname, '../../public', String(url).replace(/^\//, ''));
    if (fail && path.endsWith(fail)) return new Response('', { status: 404 });
    return new Response(readFileSync(path, 'utf8'));
  });
}

beforeEach(() => {
  // jsdom has no 2D canvas; the heatmaps skip drawing without one
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('App', () => {
  it('loads the shipped models, then opens on the LSTM and the canonical scenario', async () => {
    vi.stubGlobal('fetch', servePublic());
    const store = createLabStore();
    render(<App store={store} />);
    expect(screen.getByRole('main')).toBeInTheDocument();
    const bar = screen.getByRole('banner');
    expect(within(bar).getByRole('heading', { level: 1, name: 'Gate Lab' })).toBeInTheDocument();
    const status = await screen.findByRole('status', { name: 'Jam risk' });
    await vi.waitFor(() => expect(status).toHaveTextContent(/Jam risk \d+%/));
    expect(screen.getByRole('radio', { name: 'LSTM' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Scenario' })).toHaveValue('wobble-drift-jam');
    await userEvent.keyboard('{End}');
    const { risks, t } = store.getState();
    expect(status).toHaveTextContent(`Jam risk ${fmtPercent(risks![t])}`);
  });

  it('names every gate and both states in full on the page', async () => {
    vi.stubGlobal('fetch', servePublic());
    const store = createLabStore();
    render(<App store={store} />);
    await vi.waitFor(() => expect(store.getState().trace).not.toBeNull());
    for (const name of ['Forget gate', 'Input gate', 'Output gate', 'Cell state', 'Hidden state'])
      expect(screen.getAllByText(name).length).toBeGreaterThan(0);
    await userEvent.keyboard('3');
    for (const name of ['Update gate', 'Reset gate', 'Hidden state'])
      expect(screen.getAllByText(name).length).toBeGreaterThan(0);
  });

  it('says which file failed when a model cannot load', async () => {
    vi.stubGlobal('fetch', servePublic('gru.json'));
    render(<App store={createLabStore()} />);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Could not load the models: models/gru.json: HTTP 404',
    );
  });
});
