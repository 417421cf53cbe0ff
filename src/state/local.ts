/**
 * The browser's local storage, guarded: it may be missing or refuse (private mode, a full quota),
 * so no call throws; each says whether it worked. `confirmSet` reads back what it wrote, because
 * only a copy read back is known to be kept.
 */

const area = (): Storage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // a browser that blocks storage throws on the very access
  }
};

/** The text under `key`, or null: none, or no storage. */
export function getItem(key: string): string | null {
  try {
    return area()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Writes `text` under `key`; false if the storage refused (full, off) or is not there. */
export function setItem(key: string, text: string): boolean {
  try {
    const s = area();
    if (!s) return false;
    s.setItem(key, text);
    return true;
  } catch {
    return false;
  }
}

/** Writes `text` under `key` and reads it back: true only if it is there, whole. */
export function confirmSet(key: string, text: string): boolean {
  return setItem(key, text) && getItem(key) === text;
}

/** Removes `key`; false if the storage is not there or refused. */
export function removeItem(key: string): boolean {
  try {
    const s = area();
    if (!s) return false;
    s.removeItem(key);
    return true;
  } catch {
    return false;
  }
}

/** Every key in the storage (none without one). */
export function keys(): string[] {
  try {
    const s = area();
    if (!s) return [];
    return Array.from({ length: s.length }, (_, k) => s.key(k)).filter((k) => k !== null);
  } catch {
    return [];
  }
}
