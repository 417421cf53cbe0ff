/**
 * A new version's service worker takes over at once (autoUpdate, clientsClaim): reload, so the
 * page's scripts and lazy chunks match what the cache now holds. The first install also changes
 * the controller, from none: no reload then. The work is autosaved, so a reload loses nothing
 * but a training run in progress.
 */

/** The part of navigator.serviceWorker this needs. */
export interface Workers {
  controller: unknown;
  addEventListener(type: 'controllerchange', listener: () => void): void;
}

/** Calls `reload` when a new service worker takes over a page that already had one. */
export function reloadOnUpdate(workers: Workers, reload: () => void): void {
  const hadController = workers.controller !== null;
  workers.addEventListener('controllerchange', () => {
    if (hadController) reload();
  });
}
