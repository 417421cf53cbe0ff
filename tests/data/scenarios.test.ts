/** The curated scenarios tell the stories DESIGN §3 lists, labelled by the rule. */
import { describe, expect, it } from 'vitest';
import { CANONICAL, SCENARIOS, scenario, scenarioLabel } from '../../src/data';

describe('curated scenarios', () => {
  it('are the five lesson presets with the labels their stories say', () => {
    expect(SCENARIOS.map((s) => [s.id, scenarioLabel(s)])).toEqual([
      ['wobble-drift-jam', 1],
      ['drift-no-wobble', 0],
      ['wobble-then-calm', 0],
      ['blips-then-drift', 0],
      ['long-gap-jam', 1],
    ]);
  });

  it('open on the canonical story, whose wobble comes long before the drift', () => {
    const s = scenario(CANONICAL);
    const wobble = s.events.findIndex((e) => e.kind === 'wobble');
    const drift = s.events.findIndex((e) => e.kind === 'drift');
    expect(drift - wobble).toBe(21);
  });

  it('give the long-gap story a gap the vanilla RNN cannot bridge (≥ 40)', () => {
    const s = scenario('long-gap-jam');
    const gap =
      s.events.findIndex((e) => e.kind === 'drift') -
      s.events.findIndex((e) => e.kind === 'wobble');
    expect(gap).toBeGreaterThanOrEqual(40);
  });

  it('each have a name, a one-line story and valid magnitudes', () => {
    for (const s of SCENARIOS) {
      expect(s.name.length).toBeGreaterThan(5);
      expect(s.story).not.toMatch(/\n/);
      expect(s.events.every((e) => e.magnitude >= 0 && e.magnitude <= 1)).toBe(true);
    }
  });

  it('refuses an unknown id', () => {
    expect(() => scenario('nope' as typeof CANONICAL)).toThrow(/unknown scenario "nope"/);
  });
});
