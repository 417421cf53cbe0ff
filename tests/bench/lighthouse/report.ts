/** The Lighthouse benchmark's table, its floors met (✓) or not (✗), and the median of the runs. */
import type { LhResult, Preset } from './run';

/** The floors: mobile performance ≥ 90 with TBT ≤ 200 ms, accessibility 100. */
interface Floor {
  what: string;
  presets: readonly Preset[];
  value: (r: LhResult) => number;
  ok: (x: number) => boolean;
  unit: string;
}

const FLOORS: readonly Floor[] = [
  {
    what: 'mobile performance ≥ 90',
    presets: ['mobile'],
    value: (r) => r.performance,
    ok: (x) => x >= 90,
    unit: '',
  },
  {
    what: 'mobile total blocking time ≤ 200 ms',
    presets: ['mobile'],
    value: (r) => r.tbt,
    ok: (x) => x <= 200,
    unit: ' ms',
  },
  {
    what: 'accessibility 100 (mobile and desktop)',
    presets: ['mobile', 'desktop'],
    value: (r) => r.accessibility,
    ok: (x) => x >= 100,
    unit: '',
  },
];

/** The median of xs (the mean of the middle two for an even count). */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** One result whose every number is the median over runs of the same preset. */
export function medianOf(runs: readonly LhResult[]): LhResult {
  const m = (f: (r: LhResult) => number) => median(runs.map(f));
  return {
    ...runs[0],
    performance: m((r) => r.performance),
    accessibility: m((r) => r.accessibility),
    bestPractices: m((r) => r.bestPractices),
    seo: m((r) => r.seo),
    tbt: m((r) => r.tbt),
    lcp: m((r) => r.lcp),
    fcp: m((r) => r.fcp),
    cls: m((r) => r.cls),
    dom: m((r) => r.dom),
    benchmarkIndex: m((r) => r.benchmarkIndex),
  };
}

const int = (x: number) => Math.round(x).toLocaleString('en-US');
const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The table: a row per run and a median row per preset. */
export function table(runs: readonly LhResult[]): string {
  const head =
    '| preset | run | performance | accessibility | best practices | SEO | TBT | LCP | FCP | CLS | DOM elements | benchmarkIndex |\n' +
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|';
  const line = (r: LhResult, run: string, bold: boolean) => {
    const b = (s: string) => (bold ? `**${s}**` : s);
    const cells = [
      r.preset,
      run,
      b(int(r.performance)),
      b(int(r.accessibility)),
      b(int(r.bestPractices)),
      b(int(r.seo)),
      b(`${int(r.tbt)} ms`),
      b(sec(r.lcp)),
      sec(r.fcp),
      r.cls.toFixed(3),
      b(int(r.dom)),
      int(r.benchmarkIndex),
    ];
    return `| ${cells.join(' | ')} |`;
  };
  const rows: string[] = [];
  for (const preset of ['mobile', 'desktop'] as const) {
    const mine = runs.filter((r) => r.preset === preset);
    if (mine.length === 0) continue;
    mine.forEach((r, k) => rows.push(line(r, String(k + 1), false)));
    if (mine.length > 1) rows.push(line(medianOf(mine), 'median', true));
  }
  return [head, ...rows].join('\n');
}

/** One line per floor, judged on the median of the runs, with every run's value beside it. */
export function floorLines(runs: readonly LhResult[]): { lines: string[]; allMet: boolean } {
  let allMet = true;
  const lines: string[] = [];
  for (const f of FLOORS) {
    const parts: string[] = [];
    let ok = true;
    for (const preset of f.presets) {
      const mine = runs.filter((r) => r.preset === preset);
      if (mine.length === 0) continue;
      const med = median(mine.map(f.value));
      ok &&= f.ok(med);
      const each = mine.map((r) => int(f.value(r))).join(', ');
      const best = mine.some((r) => f.ok(f.value(r)));
      parts.push(
        `${preset} median ${int(med)}${f.unit} (runs ${each}${!f.ok(med) && best ? '; one run met it' : ''})`,
      );
    }
    if (parts.length === 0) continue;
    allMet &&= ok;
    lines.push(`- ${ok ? '✓' : '✗'} ${f.what}: ${parts.join('; ')}`);
  }
  return { lines, allMet };
}

/** Where the mobile runs' main-thread time went (median of each kind of work, ms). */
export function mainThreadLine(runs: readonly LhResult[]): string {
  const mobile = runs.filter((r) => r.preset === 'mobile');
  if (mobile.length === 0) return '';
  const groups = [...new Set(mobile.flatMap((r) => r.mainThread.map((g) => g.group)))];
  const ms = (g: string) =>
    median(mobile.map((r) => r.mainThread.find((x) => x.group === g)?.ms ?? 0));
  const parts = groups
    .map((g) => ({ g, ms: ms(g) }))
    .sort((a, b) => b.ms - a.ms)
    .filter((x) => x.ms >= 1)
    .map((x) => `${x.g} ${int(x.ms)} ms`);
  return `Mobile main-thread work (median, 4× CPU slowdown): ${parts.join(', ')}.`;
}

/** The scripts costing the most mobile main-thread time (first run), as a line. */
export function bootupLine(runs: readonly LhResult[], base: string): string {
  const first = runs.find((r) => r.preset === 'mobile');
  if (!first) return '';
  const parts = first.bootup
    .slice(0, 4)
    .map((b) => `\`${b.url.replace(base, '/')}\` ${int(b.ms)} ms`);
  return `Script evaluation and parsing (first mobile run): ${parts.join(', ')}.`;
}

/** The audits that cost points outside performance, once each. */
export function failingLine(runs: readonly LhResult[]): string {
  const all = [...new Set(runs.flatMap((r) => r.failing))];
  return all.length
    ? `Audits not passed: ${all.join('; ')}.`
    : 'Every scored audit outside performance passed.';
}
