/** The page reloads when a new version's service worker takes over — not on the first install. */
import { describe, expect, it, vi } from 'vitest';
import { reloadOnUpdate } from '../src/sw-update';

/** A stand-in for navigator.serviceWorker: its controller, and a way to fire controllerchange. */
function workers(controller: unknown) {
  const target = new EventTarget();
  return {
    controller,
    addEventListener: (type: 'controllerchange', f: () => void) => target.addEventListener(type, f),
    takeOver: () => target.dispatchEvent(new Event('controllerchange')),
  };
}

describe('reloadOnUpdate', () => {
  it('reloads when a new worker replaces the one that served the page', () => {
    const w = workers({});
    const reload = vi.fn();
    reloadOnUpdate(w, reload);
    expect(reload).not.toHaveBeenCalled();
    w.takeOver();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when the first worker installs (the page had none)', () => {
    const w = workers(null);
    const reload = vi.fn();
    reloadOnUpdate(w, reload);
    w.takeOver();
    expect(reload).not.toHaveBeenCalled();
  });
});
