/** Shared set-up for component tests: the shipped models from disk and a lab store around a tree. */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { createFrameClock, manualScheduler } from '../../src/sim/clock';
import { ClockProvider } from '../../src/ui/clock-context';
import { createLabStore, type LabState } from '../../src/state/store';
import { LabProvider } from '../../src/state/use-lab';
import { MODELS } from '../shipped';

export { MODELS, shipped } from '../shipped';

/**
 * Renders `ui` inside its own store (models loaded, `initial` applied) and a frame clock the test
 * advances by hand with `frame(now)`.
 */
export function renderWithLab(ui: ReactElement, initial: Partial<LabState> = {}) {
  const store = createLabStore({ models: MODELS, ...initial });
  const scheduler = manualScheduler();
  const clock = createFrameClock(scheduler);
  const result = render(
    <LabProvider store={store}>
      <ClockProvider clock={clock}>{ui}</ClockProvider>
    </LabProvider>,
  );
  return { ...result, store, scheduler, clock };
}
