/**
 * One standalone SVG from a panel's figure: each top-level <svg> in it is cloned with its computed
 * style inlined, each <canvas> becomes an <image> of its pixels, each one-line HTML label a <text>,
 * all placed where they sit on the page, cropped to what is drawn, over a paper in the theme's
 * surface colour: the figure exports as it shows (in the dark theme, light text on a dark paper),
 * so every colour keeps the contrast it was checked for.
 */
import { textBlocks, textElement } from './html-text';
import { inlineStyles, type StyleOf } from './inline-styles';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Where an element sits on the page (getBoundingClientRect's fields that matter). */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What composing needs from the browser; tests pass their own. */
export interface ComposeEnv {
  measure: (el: Element) => Box;
  styleOf: StyleOf;
  /** a canvas's pixels as a data: URL (PNG) */
  pixels: (canvas: HTMLCanvasElement) => string;
  /** the background painted under the figure; white when not given */
  paper?: string;
}

/** The browser's own measuring, computed style and canvas encoding. */
export const browserEnv = (): ComposeEnv => ({
  measure: (el) => el.getBoundingClientRect(),
  styleOf: (el) => getComputedStyle(el),
  pixels: (canvas) => canvas.toDataURL('image/png'),
  paper:
    getComputedStyle(document.documentElement).getPropertyValue('--color-surface').trim() ||
    undefined,
});

/** The <svg> and <canvas> elements of `root` in document order, none nested in another <svg>. */
export function figureParts(root: Element): Element[] {
  return Array.from(root.querySelectorAll('svg, canvas')).filter(
    (el) => !el.parentElement?.closest('svg'),
  );
}

/** The smallest box holding every box given; `fallback` when there are none. */
export function union(boxes: readonly Box[], fallback: Box): Box {
  const drawn = boxes.filter((b) => b.width > 0 && b.height > 0);
  if (drawn.length === 0) return fallback;
  const left = Math.min(...drawn.map((b) => b.left));
  const top = Math.min(...drawn.map((b) => b.top));
  const right = Math.max(...drawn.map((b) => b.left + b.width));
  const bottom = Math.max(...drawn.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

const round = (x: number) => String(Math.round(x * 100) / 100);

function place(el: Element, box: Box, origin: Box): void {
  el.setAttribute('x', round(box.left - origin.left));
  el.setAttribute('y', round(box.top - origin.top));
  el.setAttribute('width', round(box.width));
  el.setAttribute('height', round(box.height));
}

function partOf(part: Element, box: Box, origin: Box, env: ComposeEnv, doc: Document): Element {
  if (part.localName === 'canvas') {
    const image = doc.createElementNS(SVG_NS, 'image');
    image.setAttribute('href', env.pixels(part as HTMLCanvasElement));
    image.setAttribute('preserveAspectRatio', 'none');
    // a heatmap is a few pixels stretched wide: keep its cells sharp as on the page
    const rendering = env.styleOf(part).getPropertyValue('image-rendering').trim();
    if (rendering && rendering !== 'auto')
      image.setAttribute('style', `image-rendering: ${rendering}`);
    place(image, box, origin);
    return image;
  }
  const clone = part.cloneNode(true) as Element;
  inlineStyles(part, clone, env.styleOf);
  // the outer box decides the size now; a CSS width on the clone would fight it
  clone.removeAttribute('class');
  place(clone, box, origin);
  return clone;
}

/** The figure under `root` as SVG markup, titled `title`. */
export function composeSvg(root: Element, title: string, env: ComposeEnv): string {
  const doc = root.ownerDocument;
  const parts = figureParts(root).map((el) => ({ el, box: env.measure(el) }));
  const blocks = textBlocks(root).map((el) => ({ el, box: env.measure(el) }));
  const origin = union(
    [...parts, ...blocks].map((p) => p.box),
    env.measure(root),
  );
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', round(origin.width));
  svg.setAttribute('height', round(origin.height));
  svg.setAttribute('viewBox', `0 0 ${round(origin.width)} ${round(origin.height)}`);
  const heading = doc.createElementNS(SVG_NS, 'title');
  heading.textContent = title;
  const paper = doc.createElementNS(SVG_NS, 'rect');
  paper.setAttribute('width', '100%');
  paper.setAttribute('height', '100%');
  paper.setAttribute('fill', env.paper ?? '#fff');
  svg.append(heading, paper, ...parts.map((p) => partOf(p.el, p.box, origin, env, doc)));
  for (const { el, box } of blocks) {
    // fields by name: a DOMRect's are getters, which a spread would drop
    const at = {
      x: box.left - origin.left,
      top: box.top - origin.top,
      width: box.width,
      height: box.height,
    };
    const text = textElement(doc, el, at, env.styleOf);
    if (text) svg.append(text);
  }
  return new XMLSerializer().serializeToString(svg);
}
