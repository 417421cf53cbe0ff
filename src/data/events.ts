/**
 * The scanner-event vocabulary. Each time step is one scanner reading of a package on a conveyor:
 * a kind and a magnitude (lateral offset / vibration, normalised to [0, 1]).
 *
 * Encoding (D = 6): x_t = one-hot(kind) over EVENT_KINDS, then the magnitude.
 */

/** What the scanner saw at one step; these strings go into URLs and files. */
export type EventKind = 'ok' | 'wobble' | 'stable' | 'drift' | 'blip';

export const EVENT_KINDS: readonly EventKind[] = ['ok', 'wobble', 'stable', 'drift', 'blip'];

/** One scanner reading. */
export interface ScanEvent {
  kind: EventKind;
  /** lateral offset / vibration, normalised to [0, 1] */
  magnitude: number;
}

/** How the UI names and draws each kind, and what it means for the story. */
export interface EventInfo {
  label: string;
  /** a one-character glyph for compact timelines */
  glyph: string;
  /** the kind's role in one line */
  meaning: string;
}

export const EVENT_INFO: Readonly<Record<EventKind, EventInfo>> = {
  ok: { label: 'OK', glyph: '·', meaning: 'a normal reading' },
  wobble: {
    label: 'Wobble',
    glyph: '≈',
    meaning: 'a brief large jitter: the early cue to remember',
  },
  stable: { label: 'Stable', glyph: '—', meaning: 'the package has settled' },
  drift: { label: 'Drift', glyph: '↗', meaning: 'the lateral offset is growing' },
  blip: { label: 'Blip', glyph: '′', meaning: 'a tiny sensor fluctuation: noise to forget' },
};

/** Input size: one-hot kind plus the magnitude channel. */
export const D = EVENT_KINDS.length + 1;

/** x_t for one event: one-hot kind, then magnitude. */
export function encodeEvent(e: ScanEvent, out = new Float64Array(D)): Float64Array {
  out.fill(0);
  out[EVENT_KINDS.indexOf(e.kind)] = 1;
  out[D - 1] = e.magnitude;
  return out;
}

/** x_0 … x_{T−1} for a sequence of events. */
export function encodeSequence(events: readonly ScanEvent[]): Float64Array[] {
  return events.map((e) => encodeEvent(e));
}
