/**
 * Whether an element has come near the viewport: true from the first time it is within a quarter
 * of a screen of it, and true for good after that (a panel that mounted stays mounted). Where
 * there is no IntersectionObserver (jsdom in the component tests, very old browsers) it is near at
 * once, so everything renders as it did before panels were deferred.
 */
import { useEffect, useRef, useState, type RefObject } from 'react';

/** A quarter screen above and below: a panel starts mounting before it scrolls into view. */
const MARGIN = 0.25;
export const NEAR_MARGIN = `${MARGIN * 100}% 0px`;

/**
 * How long a report of "near" must hold before it counts, ms. While the page loads, the panels
 * above can be short for a few frames (no model yet, a chart not yet measured), which brings
 * everything below near for a moment; the layout a moment later says whether it really is.
 */
export const SETTLE_MS = 150;

/** Whether el is within the margin of the viewport now. */
function isNear(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const h = window.innerHeight;
  return r.top <= h * (1 + MARGIN) && r.bottom >= -h * MARGIN;
}

/**
 * A ref to put on the element, and whether it has been near the viewport yet. While `watch` is
 * false it does not look (say, while the page above is still loading).
 */
export function useNearViewport<T extends Element>(watch = true): [RefObject<T | null>, boolean] {
  const ref = useRef<T>(null);
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const node = ref.current;
    if (near || !watch || !node) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        clearTimeout(timer);
        if (!entries.some((e) => e.isIntersecting)) return;
        timer = setTimeout(() => isNear(node) && setNear(true), SETTLE_MS);
      },
      { rootMargin: NEAR_MARGIN },
    );
    observer.observe(node);
    return () => {
      clearTimeout(timer);
      observer.disconnect();
    };
  }, [near, watch]);
  return [ref, near];
}
