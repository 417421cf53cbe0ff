/**
 * A link's seal (link version 2): its last setting, `z`, is a CRC-32 of everything before it. The
 * seal marks the link's end, so a link cut anywhere has none, and it changes with any character,
 * so a link changed after it was made no longer matches it. CRC-32 (IEEE 802.3, as zip and PNG
 * use it) catches every change of up to 32 bits in a row, which is every one-character change.
 */

/** The key of the seal, always the link's last setting. */
export const SEAL_KEY = 'z';

const TABLE = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** CRC-32 of bytes, as 8 hex digits. */
export function crc32(bytes: Uint8Array): string {
  let c = 0xffffffff;
  for (const b of bytes) c = TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return ((c ^ 0xffffffff) >>> 0).toString(16).padStart(8, '0');
}

const utf8 = new TextEncoder();

/** The text with its seal appended. */
export const seal = (text: string): string => `${text}&${SEAL_KEY}=${crc32(utf8.encode(text))}`;

/** What a sealed text holds: the text before its seal, or what is wrong with it. */
export type Unsealed = { text: string; damage: null } | { text: string; damage: 'cut' | 'changed' };

/** The text before the seal; `damage` says whether the seal is missing (cut) or does not match. */
export function unseal(sealed: string): Unsealed {
  const at = sealed.lastIndexOf(`&${SEAL_KEY}=`);
  const mark = at < 0 ? null : sealed.slice(at + SEAL_KEY.length + 2);
  if (mark === null || !/^[0-9a-f]{8}$/.test(mark)) return { text: sealed, damage: 'cut' };
  const text = sealed.slice(0, at);
  return { text, damage: crc32(utf8.encode(text)) === mark ? null : 'changed' };
}
