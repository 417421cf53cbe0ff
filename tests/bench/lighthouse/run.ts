/**
 * One Lighthouse run: the pinned CLI (node_modules/.bin/lighthouse, 12.2.3) in Debian's Chromium,
 * started as an async child process — a synchronous one would block a server in this process and
 * the audit would time out — and the numbers the benchmark reports, read from its JSON.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Preset = 'mobile' | 'desktop';

/** What one run measured: the four category scores (0–100) and the numbers behind them. */
export interface LhResult {
  preset: Preset;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** total blocking time, ms */
  tbt: number;
  /** largest contentful paint, ms (simulated throttling) */
  lcp: number;
  /** first contentful paint, ms */
  fcp: number;
  cls: number;
  /** elements in the DOM when the page settled */
  dom: number;
  /** Lighthouse's own measure of the machine's speed (higher is faster) */
  benchmarkIndex: number;
  /** main-thread time by kind of work, ms, largest first */
  mainThread: { group: string; ms: number }[];
  /** script evaluation + parse per URL, ms, largest first */
  bootup: { url: string; ms: number }[];
  /** the audits that did not pass in accessibility, best practices and SEO */
  failing: string[];
  lighthouseVersion: string;
  /** the JSON report on disk */
  file: string;
}

const LIGHTHOUSE = join('node_modules', '.bin', 'lighthouse');
export const CHROME_FLAGS = '--headless=new --no-sandbox --disable-gpu';

interface Audit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  numericValue?: number;
  details?: { items?: Record<string, unknown>[] };
}
interface Report {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  environment: { benchmarkIndex: number };
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>;
  audits: Record<string, Audit>;
}

/** Runs Lighthouse once on url with the preset; resolves with the report's path. */
function lighthouse(url: string, preset: Preset, out: string): Promise<void> {
  const args = [
    url,
    '--output=json',
    `--output-path=${out}`,
    `--chrome-flags=${CHROME_FLAGS}`,
    '--quiet',
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const env = { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' };
  return new Promise((resolve, reject) => {
    const child = spawn(LIGHTHOUSE, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}:\n${stderr}`)),
    );
  });
}

const score = (r: Report, id: string) => Math.round(100 * (r.categories[id]?.score ?? 0));
const numeric = (r: Report, id: string) => r.audits[id]?.numericValue ?? NaN;
const byMs = <T extends { ms: number }>(xs: T[]) => xs.sort((a, b) => b.ms - a.ms);

/** The audits of a category that count towards its score and did not pass. */
function failing(r: Report, category: string): string[] {
  return (r.categories[category]?.auditRefs ?? [])
    .map((ref) => r.audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
    .filter((a) => a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
    .map((a) => `${category}: ${a.id} (${a.title})`);
}

/** Reads the numbers the benchmark reports out of a Lighthouse JSON report. */
export function readReport(file: string, preset: Preset): LhResult {
  const r = JSON.parse(readFileSync(file, 'utf8')) as Report;
  if (r.runtimeError) throw new Error(`${r.runtimeError.code}: ${r.runtimeError.message}`);
  const items = (id: string) => r.audits[id]?.details?.items ?? [];
  return {
    preset,
    performance: score(r, 'performance'),
    accessibility: score(r, 'accessibility'),
    bestPractices: score(r, 'best-practices'),
    seo: score(r, 'seo'),
    tbt: numeric(r, 'total-blocking-time'),
    lcp: numeric(r, 'largest-contentful-paint'),
    fcp: numeric(r, 'first-contentful-paint'),
    cls: numeric(r, 'cumulative-layout-shift'),
    dom: numeric(r, 'dom-size'),
    benchmarkIndex: r.environment.benchmarkIndex,
    mainThread: byMs(
      items('mainthread-work-breakdown').map((i) => ({
        group: String(i.groupLabel ?? i.group),
        ms: Number(i.duration),
      })),
    ),
    bootup: byMs(
      items('bootup-time').map((i) => ({
        url: String(i.url),
        ms: Number(i.scripting ?? 0) + Number(i.scriptParseCompile ?? 0),
      })),
    ),
    failing: ['accessibility', 'best-practices', 'seo'].flatMap((c) => failing(r, c)),
    lighthouseVersion: r.lighthouseVersion,
    file,
  };
}

/** Runs Lighthouse on url with the preset and reads the report it writes into dir. */
export async function runLighthouse(
  url: string,
  preset: Preset,
  dir: string,
  n: number,
): Promise<LhResult> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${preset}-${n}.json`);
  await lighthouse(url, preset, file);
  return readReport(file, preset);
}
