/**
 * Where a popover goes beside the control that opened it: centred under it, kept within its
 * frame's width, and above it instead when below would leave the screen and above does not.
 * Plain numbers in, plain numbers out, so it is tested without a layout engine.
 */

/** A box as getBoundingClientRect gives it, in viewport pixels. */
export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Placement {
  /** the popover's offset within its frame */
  left: number;
  top: number;
  /** x of the opener's centre within the popover, where its pointer goes */
  caret: number;
  above: boolean;
}

/** The gap between the opener and the popover, in pixels. */
export const GAP = 8;

const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, v));

/** Places a popover of `size` near `anchor`, relative to `frame`, on a screen `screenH` tall. */
export function placeNear(
  anchor: Rect,
  frame: Rect,
  size: { width: number; height: number },
  screenH: number,
): Placement {
  const centre = anchor.left + anchor.width / 2 - frame.left;
  const left = clamp(centre - size.width / 2, 0, Math.max(0, frame.width - size.width));
  const bottom = anchor.top + anchor.height;
  const fitsBelow = bottom + GAP + size.height <= screenH;
  const above = !fitsBelow && anchor.top - GAP - size.height >= 0;
  const top = above ? anchor.top - frame.top - GAP - size.height : bottom - frame.top + GAP;
  return { left, top, caret: centre - left, above };
}
