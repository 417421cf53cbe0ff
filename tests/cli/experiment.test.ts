/** The experiment CLI refuses bad arguments with a message and exit code 2 (pinned interface). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../src/cli/experiment.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const run = (...args: string[]) => spawnSync(TSX, [CLI, ...args], { encoding: 'utf8' });

describe('npm run experiment', () => {
  it.each([
    [['--kinds', 'rnn,transformer'], /unknown kind "transformer"; kinds are rnn, lstm, gru/],
    [['--gaps', '5,x'], /gaps must be integers in 1…200, got "5,x"/],
    [['--seeds', '0'], /seeds must be an integer in 1…20, got "0"/],
    [['--epochs', '3'], /Unknown option '--epochs'/],
  ])('refuses %j', (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(
      /usage: npm run experiment -- --kinds rnn,lstm,gru --gaps 5,40 --seeds 3/,
    );
    expect(r.stdout).toBe('');
  });
});
