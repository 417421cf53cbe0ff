/** Text contrast measured in the page, for the specs that hold the lab to a ratio. */
import type { Page } from '@playwright/test';

/**
 * Every visible text node under <main> whose contrast against the first opaque background behind
 * it is under `min` (WCAG's ratio), as "text: ratio". Disabled buttons and KaTeX are skipped.
 */
export function lowContrast(page: Page, min = 7): Promise<string[]> {
  return page.evaluate((min) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const ratio = (a: number[], b: number[]) => {
      const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    };
    // the page's own background: the walk's last resort (white in the light theme, dark in the dark)
    const page = rgb(getComputedStyle(document.body).backgroundColor);
    const behind = (el: Element | null): number[] => {
      for (; el; el = el.parentElement) {
        const c = rgb(getComputedStyle(el).backgroundColor);
        if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
        // SVG text: the shape drawn under it in the same figure (belt, risk row) is its background
        if (el instanceof SVGGElement && el.querySelector(':scope > rect[class]')) {
          const f = rgb(getComputedStyle(el.querySelector(':scope > rect[class]')!).fill);
          if (f.length === 3) return f;
        }
      }
      return page.length >= 3 && page[3] !== 0 ? page.slice(0, 3) : [255, 255, 255];
    };
    const bad: string[] = [];
    const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement!;
      const text = n.textContent!.trim();
      if (!text || !el.checkVisibility() || el.closest('button:disabled, .katex')) continue;
      const style = getComputedStyle(el);
      const colour = rgb(el instanceof SVGElement ? style.fill : style.color);
      if (colour.length < 3 || colour[3] === 0) continue;
      const r = ratio(colour.slice(0, 3), behind(el));
      if (r < min) bad.push(`${text.slice(0, 30)}: ${r.toFixed(2)}`);
    }
    return bad;
  }, min);
}
