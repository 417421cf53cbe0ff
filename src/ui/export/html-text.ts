/**
 * A figure's HTML text (chart titles, captions, legend labels) as SVG <text>, so an exported
 * figure keeps its labels. One line per block: a block that wraps over several lines (a running
 * readout sentence) is left out rather than drawn as one overlong line.
 */
import type { StyleOf } from './inline-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Tags whose text is a control or code, never a label to draw. */
const SKIPPED = new Set([
  'svg',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'script',
  'style',
]);

const ownText = (el: Element) =>
  Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent!.trim() !== '');

/** The outermost elements under `root`, outside any <svg>, that hold text of their own. */
export function textBlocks(root: Element): Element[] {
  const blocks: Element[] = [];
  const walk = (el: Element) => {
    for (const child of Array.from(el.children)) {
      if (SKIPPED.has(child.localName)) continue;
      if (ownText(child)) blocks.push(child);
      else walk(child);
    }
  };
  walk(root);
  return blocks;
}

/** The block's line height in px: CSS `normal` is about 1.2 × the font size. */
function lineHeight(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>, fontSize: number) {
  const px = parseFloat(style.getPropertyValue('line-height'));
  return Number.isFinite(px) ? px : 1.2 * fontSize;
}

/** One <text> for the block at (x, top) of height `height`, or null if it wraps or is hidden. */
export function textElement(
  doc: Document,
  block: Element,
  at: { x: number; top: number; width: number; height: number },
  styleOf: StyleOf,
): Element | null {
  const style = styleOf(block);
  const fontSize = parseFloat(style.getPropertyValue('font-size')) || 16;
  const text = (block.textContent ?? '').replace(/\s+/g, ' ').trim();
  const hidden = style.getPropertyValue('visibility') === 'hidden' || at.width < 2;
  if (!text || hidden || at.height > 1.6 * lineHeight(style, fontSize)) return null;
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(Math.round(at.x * 100) / 100));
  // the alphabetic baseline sits about 0.8 of a line down when the line box is the font's
  el.setAttribute('y', String(Math.round((at.top + at.height / 2 + 0.35 * fontSize) * 100) / 100));
  const font = ['font-size', 'font-family', 'font-weight', 'font-style']
    .map((p) => [p, style.getPropertyValue(p).trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([p, value]) => `${p}: ${value}`);
  const color = style.getPropertyValue('color').trim();
  el.setAttribute('style', [...font, ...(color ? [`fill: ${color}`] : [])].join('; '));
  el.textContent = text;
  return el;
}
