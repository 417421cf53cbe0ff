/**
 * Inlining the computed look: an exported SVG leaves the app's stylesheets behind, so every
 * property the CSS sets on SVG content is copied from the live element onto its clone.
 */

/** The presentation properties app.css and the panels' CSS set on SVG content. */
export const INLINED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  // the diagram's value labels sit on a white halo: stroke painted under the fill
  'paint-order',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
  'font-variant-numeric',
  'text-anchor',
  'dominant-baseline',
  'opacity',
  'visibility',
  'display',
] as const;

/** How a caller reads an element's computed style (window.getComputedStyle in the browser). */
export type StyleOf = (el: Element) => Pick<CSSStyleDeclaration, 'getPropertyValue'>;

/** The declarations for one element, e.g. "fill: rgb(0, 0, 0); stroke: none". */
export function styleText(style: Pick<CSSStyleDeclaration, 'getPropertyValue'>): string {
  return INLINED_PROPERTIES.map((p) => [p, style.getPropertyValue(p).trim()] as const)
    .filter(([, value]) => value !== '')
    .map(([p, value]) => `${p}: ${value}`)
    .join('; ');
}

/**
 * Copies the computed style of `source` and each descendant onto the matching element of `clone`
 * (a deep clone of `source`, so the two trees walk in step).
 */
export function inlineStyles(source: Element, clone: Element, styleOf: StyleOf): void {
  const text = styleText(styleOf(source));
  if (text) clone.setAttribute('style', text);
  const from = source.children;
  const to = clone.children;
  for (let k = 0; k < from.length && k < to.length; k++) inlineStyles(from[k], to[k], styleOf);
}
