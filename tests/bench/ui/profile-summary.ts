/**
 * A V8 CPU profile (CDP Profiler) summarised by function: self time, and inclusive time of the
 * React components (capitalised names in the unminified build), counted once per sample even
 * when a component appears twice on the stack.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const isComponent = (name: string) => /^[A-Z][A-Za-z0-9]*(Impl)?$/.test(name);

/** Top functions by self time and top components by inclusive time, ms per second profiled. */
export function summariseProfile(p: Profile, top = 12): { self: string[]; components: string[] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const total = p.timeDeltas.reduce((a, b) => a + b, 0);
  p.samples.forEach((id, k) => {
    const dt = p.timeDeltas[k] ?? 0;
    const leaf = byId.get(id)!.callFrame;
    const name = `${leaf.functionName || '(anonymous)'} ${leaf.url.split('/').pop() ?? ''}`;
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const fn = byId.get(at)!.callFrame.functionName;
      if (isComponent(fn) && !seen.has(fn)) {
        seen.add(fn);
        inclusive.set(fn, (inclusive.get(fn) ?? 0) + dt);
      }
    }
  });
  const perSecond = (us: number) => ((us / total) * 1000).toFixed(1).padStart(6);
  const ranked = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => `${perSecond(us)} ms/s  ${name}`);
  return { self: ranked(self), components: ranked(inclusive) };
}
