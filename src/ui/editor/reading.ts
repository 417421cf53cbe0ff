/** What the editor inserts: a calm reading, the kind and magnitude the curated scenarios use for "ok". */
import type { ScanEvent } from '../../data';

/** A new reading, to be changed in place (Kind, Magnitude) once inserted. */
export const NEW_READING: ScanEvent = { kind: 'ok', magnitude: 0.05 };
