/**
 * While a person types their name, fetches the app's start-up files into the browser cache at low
 * priority, so that the participant screen opens quickly once they join. The file names come from
 * the app's own page, as built.
 */
export function prefetchApp(): void {
  const connection = (navigator as Navigator & { connection?: { saveData?: boolean } }).connection;
  if (connection?.saveData) return;
  fetch('/', { priority: 'low' } as RequestInit)
    .then((response) => (response.ok ? response.text() : ''))
    .then((html) => {
      for (const [, path] of html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)) {
        const link = document.createElement('link');
        link.rel = 'prefetch';
        link.href = path ?? '';
        if (path?.endsWith('.js')) link.crossOrigin = 'anonymous';
        document.head.append(link);
      }
    })
    .catch(() => {});
}
