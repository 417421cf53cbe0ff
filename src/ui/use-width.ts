/**
 * The rendered width of an element in CSS pixels, kept current with a ResizeObserver. Returns a
 * callback ref, so an element that appears later (after loading) is measured too.
 */
import { useLayoutEffect, useState } from 'react';

export function useWidth(fallback = 720): [number, (node: Element | null) => void] {
  const [node, setNode] = useState<Element | null>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    if (!node || typeof ResizeObserver === 'undefined') return;
    const measure = () => {
      const w = node.getBoundingClientRect().width;
      if (w > 0) setWidth(Math.round(w));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(node);
    return () => observer.disconnect();
  }, [node]);
  return [width, setNode];
}
