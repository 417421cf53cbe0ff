/**
 * `npm run bench:lighthouse [-- --readme] [-- --runs N] [-- --url URL | --dist DIR] [-- --port N]`:
 * Lighthouse 12.2.3 (the pinned devDependency) in Debian's Chromium on the production build,
 * mobile (the default preset) and desktop (`--preset=desktop`), each run `--runs` times (2 by
 * default; the runs alternate presets, so a burst of load on the shared cores does not land on one
 * preset). Prints the four category scores, total blocking time, LCP and DOM size per run and
 * their medians, and the floors: mobile performance ≥ 90, mobile TBT ≤ 200 ms, accessibility 100.
 * Judged on the medians. A benchmark: it exits 0 whether or not floors are met.
 *
 * By default it runs `vite build` (production mode: what ships, service worker included) into
 * .ci/out/lighthouse-dist and serves it with `vite preview` on port 4191 (not 4190: it is on the
 * Fetch standard's list of bad ports, which Node's fetch and Chromium refuse). `--dist DIR` serves
 * an existing build instead; `--url URL` measures a server already running (say, an older build).
 */
import os from 'node:os';
import { BENCH_DOC, writeReadme } from './report';
import { bootupLine, failingLine, floorLines, mainThreadLine, table } from './lighthouse/report';
import { CHROME_FLAGS, runLighthouse, type LhResult, type Preset } from './lighthouse/run';
import { formatBlock } from './ui/report';
import { build, serve, type Server } from './ui/serve';

const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const option = (name: string): string | undefined => {
  const k = argv.indexOf(name);
  return k >= 0 ? argv[k + 1] : undefined;
};
const RUNS = Number(option('--runs') ?? 2);
const PORT = Number(option('--port') ?? 4191);
const ONLY = option('--preset') as Preset | undefined;
const PRESETS: readonly Preset[] = ONLY ? [ONLY] : ['mobile', 'desktop'];
const OUT = '.ci/out/lighthouse';
const DIST = '.ci/out/lighthouse-dist';
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The server to measure: the one at --url, or a `vite preview` of --dist or of a fresh build. */
async function server(): Promise<Server & { what: string }> {
  const url = option('--url');
  if (url) return { url, stop: () => undefined, what: `the server at ${url}` };
  const dist = option('--dist');
  if (!dist) build(DIST);
  const s = await serve(dist ?? DIST, PORT);
  return { ...s, what: dist ? `\`${dist}\` served by \`vite preview\`` : 'fresh `vite build`' };
}

/** The runs, alternating presets: mobile 1, desktop 1, mobile 2, … */
async function measure(url: string): Promise<LhResult[]> {
  const runs: LhResult[] = [];
  for (let n = 1; n <= RUNS; n++) {
    for (const preset of PRESETS) {
      log(`lighthouse ${preset} run ${n} of ${RUNS} (load ${os.loadavg()[0].toFixed(1)})`);
      const r = await runLighthouse(url, preset, OUT, n);
      log(
        `  performance ${r.performance}, accessibility ${r.accessibility}, TBT ${Math.round(r.tbt)} ms, ` +
          `LCP ${Math.round(r.lcp)} ms, DOM ${r.dom}`,
      );
      runs.push(r);
    }
  }
  return runs;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const s = await server();
  const stop = () => (s.stop(), process.exit(130));
  process.once('SIGINT', stop).once('SIGTERM', stop);
  const load = [os.loadavg()[0]];
  let runs: LhResult[];
  try {
    runs = await measure(s.url);
  } finally {
    s.stop();
  }
  load.push(os.loadavg()[0]);
  const floors = floorLines(runs);
  const seconds = (performance.now() - t0) / 1000;
  const cpus = os.cpus();
  const block = [
    `Lighthouse ${runs[0].lighthouseVersion} (CLI, \`--output=json\`) on ${s.what} (production ` +
      `mode), in Debian's Chromium (\`CHROME_PATH=/usr/bin/chromium\`, \`--chrome-flags="` +
      `${CHROME_FLAGS}"\`), with its default simulated throttling: the mobile preset (Moto G ` +
      `Power-sized screen, 4× CPU slowdown, slow 4G) and \`--preset=desktop\`, ${RUNS} runs ` +
      `each, alternating. Scores move with the machine's load: every run is shown; the floors ` +
      `are judged on the medians (in bold). benchmarkIndex is Lighthouse's measure of the CPU ` +
      `(higher is faster).`,
    '',
    table(runs),
    '',
    `Floors${floors.allMet ? ' (all met)' : ''}:`,
    '',
    ...floors.lines,
    '',
    mainThreadLine(runs),
    bootupLine(runs, s.url),
    failingLine(runs),
    '',
    `Node ${process.version}, ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} logical ` +
      `CPUs; 1-minute load average ${load.map((l) => l.toFixed(1)).join(' → ')}), ` +
      `${new Date().toISOString().slice(0, 10)}. Bench time ${seconds.toFixed(0)} s. The JSON ` +
      `reports are in \`${OUT}/\`. Regenerate with \`npm run bench:lighthouse -- --readme\`.`,
  ].join('\n');
  const readme = BENCH_DOC;
  const formatted = await formatBlock(block, readme);
  process.stdout.write(formatted);
  log(floors.allMet ? 'All floors met.' : 'Some floors are NOT met (✗ above).');
  if (flag('--readme') && writeReadme(readme, formatted, log, 'lighthouse')) log(`wrote ${readme}`);
}

main().catch((e: unknown) => {
  log(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
