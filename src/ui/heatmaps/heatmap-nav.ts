/** Where a pointer or a key lands on a units × steps map: pure arithmetic on cells. */

/** One cell of a map: unit j (row, 0 at the top) at step t (column). */
export interface Cell {
  j: number;
  t: number;
}

/** The box the map is drawn in, in client pixels. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** The cell under client point (x, y), or null off the map (or before it has a size). */
export function cellAt(box: Box, x: number, y: number, H: number, T: number): Cell | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const u = (x - box.left) / box.width;
  const v = (y - box.top) / box.height;
  if (u < 0 || u >= 1 || v < 0 || v >= 1) return null;
  return { j: Math.floor(v * H), t: Math.floor(u * T) };
}

/** Where a key moves the focused cell: arrows by one, Home/End to the first/last step. */
export function nextCell(key: string, from: Cell, H: number, T: number): Cell | null {
  const { j, t } = from;
  switch (key) {
    case 'ArrowLeft':
      return { j, t: clamp(t - 1, 0, T - 1) };
    case 'ArrowRight':
      return { j, t: clamp(t + 1, 0, T - 1) };
    case 'ArrowUp':
      return { j: clamp(j - 1, 0, H - 1), t };
    case 'ArrowDown':
      return { j: clamp(j + 1, 0, H - 1), t };
    case 'Home':
      return { j, t: 0 };
    case 'End':
      return { j, t: T - 1 };
    default:
      return null;
  }
}

/** The map's height in CSS pixels: 10 px a unit, kept between 64 and 120 px. */
export const plotHeight = (H: number): number => clamp(H * 10, 64, 120);
