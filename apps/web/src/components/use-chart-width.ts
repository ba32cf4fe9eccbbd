import { useCallback, useEffect, useState } from 'react';

/**
 * The width a chart may take: its container's, up to `max`. Charts are drawn at a fixed pixel
 * width, so without this a phone (or 200 % zoom) would scroll sideways (WCAG 1.4.10). A callback
 * ref, so a chart that appears after its data loads is measured too. Where ResizeObserver is
 * missing (unit tests) the chart keeps `max`.
 */
export function useChartWidth(max: number): [(element: HTMLElement | null) => void, number] {
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState(max);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const measure = () => setWidth(Math.max(200, Math.min(max, Math.floor(element.clientWidth))));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, max]);
  return [useCallback((node: HTMLElement | null) => setElement(node), []), width];
}
