/**
 * The rendered width of an element in CSS pixels, kept current with a ResizeObserver. Returns a
 * callback ref, so an element that appears later (after loading) is measured too.
 *
 * The width comes from the observer's entries, which the browser delivers after its own layout:
 * nothing here forces a layout in the middle of a render (on a phone's first paint that forced
 * layout was the page's single largest piece of blocking work). Until the first entry the width is
 * the fallback, never wider than the window, which no element of the lab is.
 */
import { useEffect, useState } from 'react';

/**
 * The window's width, read when this module loads (the page is still empty then) and on resize:
 * reading it while a render is putting new parts on the page forces the page's layout, as
 * reading any geometry does (on a phone's first load it was the costliest line of the diagram's).
 */
const widthNow = () => (typeof window === 'undefined' ? Infinity : window.innerWidth || Infinity);
let windowWidth = widthNow();
if (typeof window !== 'undefined')
  window.addEventListener('resize', () => (windowWidth = widthNow()));

export function useWidth(fallback = 720): [number, (node: Element | null) => void] {
  const [node, setNode] = useState<Element | null>(null);
  const [width, setWidth] = useState(() => Math.min(fallback, windowWidth));
  useEffect(() => {
    if (!node || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      const w = entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width;
      if (w > 0) setWidth(Math.round(w));
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return [width, setNode];
}
