/**
 * Trained weights small enough for a link: θ, then the readout's w and b, as float32, deflated,
 * in base64url, behind a header naming the kind, H and a checksum. Float32 keeps about seven significant digits, so a model opened from a link runs
 * within about 1e-6 of the one that made it. Unpacking checks everything and throws an Error
 * saying what is wrong; its output is bounded, so a small link cannot inflate into a huge one.
 */
import { CELL_KINDS, cut, makeCell, paramCount, type CellKind, type Model } from '../core';
import { crc32 } from './link-seal';
import { designOf, parseVariant } from '../sim/variant';
import { D } from '../data';

/** The largest hidden size a link may carry, and the longest packed text read. */
export const MAX_LINK_H = 64;
export const MAX_PACKED_CHARS = 120_000;
const MAX_BYTES = 4 * (Math.max(...CELL_KINDS.map((k) => paramCount(k, D, MAX_LINK_H))) + MAX_LINK_H + 1); // prettier-ignore

const toBase64url = (bytes: Uint8Array): string => {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64url = (text: string): Uint8Array => {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the weights are not base64url');
  const s = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
};

/** All of a stream's bytes, refusing more than `limit`. */
async function drain(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new Error('the weights are larger than any model a link may carry');
    }
    parts.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) out.set(p, (at += p.length) - p.length);
  return out;
}

const through = (bytes: Uint8Array, t: CompressionStream | DecompressionStream, limit: number) =>
  drain(new Blob([bytes as BlobPart]).stream().pipeThrough(t), limit);

/**
 * The model's weights as link text (link version 2): its kind, H and the CRC-32 of the float32
 * bytes, then the bytes deflated — "gru.16.1a2b3c4d.<base64url>". The header lets a link refuse
 * weights under another kind, and the checksum catches a change that still inflates (raw deflate
 * has no checksum of its own).
 */
export async function packWeights(model: Model): Promise<string> {
  const { theta } = model.cell;
  const { w, b } = model.readout;
  const values = new Float32Array(theta.length + w.length + 1);
  values.set(theta);
  values.set(w, theta.length);
  values[values.length - 1] = b[0];
  const bytes = new Uint8Array(values.buffer);
  const deflated = await through(bytes, new CompressionStream('deflate-raw'), Infinity);
  return `${designOf(model)}.${model.cell.H}.${crc32(bytes)}.${toBase64url(deflated)}`;
}

/** kind (or design: "lstm-no-f", see sim/variant.ts), H, checksum, data */
const HEADER = /^([a-z]+(?:-no-[a-z])?)\.(\d{1,3})\.([0-9a-f]{8})\.(.*)$/s;

/** The float32 bytes of link text: a version 2 text is checked against its header's kind. */
async function inflate(kind: CellKind, text: string) {
  const header = HEADER.exec(text);
  const [design, H, crc, data] = header
    ? [header[1], header[2], header[3], header[4]]
    : [null, null, null, text];
  const variant = design === null ? null : parseVariant(design);
  const packedKind = design === null ? null : (variant?.kind ?? design);
  if (packedKind !== null && packedKind !== kind)
    throw new Error(`they are the weights of a ${cut(packedKind, 12)} model, not of the ${kind} the link names`); // prettier-ignore
  let bytes: Uint8Array;
  try {
    bytes = await through(fromBase64url(data), new DecompressionStream('deflate-raw'), MAX_BYTES);
  } catch (e) {
    // the engine's words ("Compressed input was truncated") mean this to the learner
    if ((e as Error).message.startsWith('the weights')) throw e;
    throw new Error('the trained weights are damaged or cut short', { cause: e });
  }
  if (crc !== null && crc32(bytes) !== crc)
    throw new Error('the trained weights were changed: their checksum does not match');
  return { bytes, H: H === null ? null : Number(H), removed: variant?.removed ?? null };
}

/** A model of `kind` from link text; throws an Error naming what is wrong. */
export async function unpackWeights(kind: CellKind, text: string): Promise<Model> {
  if (text.length > MAX_PACKED_CHARS) throw new Error('the weights are too long');
  const { bytes, H: saidH, removed } = await inflate(kind, text);
  if (bytes.length % 4 !== 0) throw new Error('the weights are not whole float32 numbers');
  const values = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.length / 4);
  // version 1 texts say nothing of H: the one the length fits
  const H = Array.from({ length: MAX_LINK_H }, (_, k) => k + 1).find(
    (h) => paramCount(kind, D, h) + h + 1 === values.length,
  );
  if (H === undefined || (saidH !== null && H !== saidH))
    throw new Error(`${values.length} numbers are not the weights of ${saidH === null ? 'any' : `an H = ${saidH}`} ${kind} with D = ${D}`); // prettier-ignore
  if (!values.every(Number.isFinite)) throw new Error('the weights hold a non-finite number');
  const n = paramCount(kind, D, H);
  const cell = makeCell(kind, D, H, Float64Array.from(values.subarray(0, n)));
  const readout = {
    w: Float64Array.from(values.subarray(n, n + H)),
    b: Float64Array.of(values[n + H]),
  };
  return { cell, readout, ...(removed ? { removed: [removed] } : {}) };
}
