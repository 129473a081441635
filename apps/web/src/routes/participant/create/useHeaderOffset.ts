import { useEffect } from 'react';

/** Keeps `--app-header-offset` at the sticky header's height (it wraps to two lines on a phone), for bars below it. */
export function useHeaderOffset(): void {
  useEffect(() => {
    const header = document.querySelector<HTMLElement>('.app-header');
    if (!header || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() =>
      root.style.setProperty('--app-header-offset', `${header.offsetHeight}px`),
    );
    observer.observe(header);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--app-header-offset');
    };
  }, []);
}
