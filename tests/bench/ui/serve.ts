/**
 * Building the page and serving it with `vite preview` as a child process in its own process
 * group, so stopping it also stops the server npx started.
 */
import { spawn, spawnSync } from 'node:child_process';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** `vite build` into outDir (`mode` 'bench' installs window.gateLabBench); throws on failure. */
export function build(outDir: string, mode?: string, extra: string[] = []): void {
  const args = ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  if (mode) args.push('--mode', mode);
  args.push(...extra);
  log(`$ npx ${args.join(' ')}`);
  const r = spawnSync('npx', args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) throw new Error(`vite build ${mode ?? ''} failed (exit ${r.status})`);
}

export interface Server {
  readonly url: string;
  /** kills the server's process group; safe to call twice */
  stop(): void;
}

/** Serves outDir with `vite preview` and resolves once it answers (or rejects after 30 s). */
export async function serve(outDir: string, port: number): Promise<Server> {
  const url = `http://127.0.0.1:${port}/`;
  const args = ['vite', 'preview', '--outDir', outDir, '--host', '127.0.0.1'];
  const child = spawn('npx', [...args, '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited || child.pid === undefined) return;
    try {
      process.kill(-child.pid, 'SIGTERM'); // the whole group: npx and the vite it started
    } catch {
      // already gone
    }
    exited = true;
  };
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited early:\n${stderr}`);
    try {
      if ((await fetch(url)).ok) return { url, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer at ${url} within 30 s:\n${stderr}`);
}
