/**
 * A census of the DOM changes per step while playing: MutationObserver records on the page,
 * counted by panel (the closest section or the top bar) and by what changed (an attribute's name,
 * text, or added/removed nodes). Says which panel's commit does the work React's profile shows
 * as setAttribute.
 */
import type { Page } from '@playwright/test';

/** Counts per panel and kind of change, summed over `ms` of whatever the page is doing. */
export async function mutationCensus(page: Page, ms: number): Promise<Record<string, number>> {
  return page.evaluate(
    (duration) =>
      new Promise<Record<string, number>>((resolve) => {
        const counts: Record<string, number> = {};
        const panelOf = (node: Node) => {
          const el = node instanceof Element ? node : node.parentElement;
          const panel = el?.closest('section, .top-bar');
          return panel ? (panel.className.split(' ').pop() ?? '?') : 'other';
        };
        const observer = new MutationObserver((records) => {
          for (const r of records) {
            const what =
              r.type === 'attributes'
                ? `@${r.attributeName}`
                : r.type === 'characterData'
                  ? 'text'
                  : 'nodes';
            const key = `${panelOf(r.target)} ${what}`;
            counts[key] = (counts[key] ?? 0) + 1;
          }
        });
        const root = document.querySelector('main')!;
        observer.observe(root, {
          attributes: true,
          characterData: true,
          childList: true,
          subtree: true,
        });
        setTimeout(() => {
          observer.disconnect();
          resolve(counts);
        }, duration);
      }),
    ms,
  );
}

/** Per step: the count by panel, then the 15 most frequent changes by panel and what changed. */
export function censusLines(counts: Record<string, number>, steps: number): string {
  const byPanel: Record<string, number> = {};
  for (const [key, n] of Object.entries(counts)) {
    const panel = key.split(' ')[0];
    byPanel[panel] = (byPanel[panel] ?? 0) + n;
  }
  const perStep = (xs: Record<string, number>) =>
    Object.entries(xs)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 15)
      .map(([key, n]) => `${(n / steps).toFixed(1).padStart(7)}  ${key}`);
  return [...perStep(byPanel), '', ...perStep(counts)].join('\n');
}
