import { useCallback, useEffect, useRef, useState } from 'react';

/** The page's present mode: which production is shown (null: the page), and leaving it where the room was. */
export function usePresentation() {
  const [presenting, setPresenting] = useState<number | null>(null);
  // Leaving the presentation lands on the production last shown, where the discussion was.
  const returnTo = useRef<string | null>(null);
  const exitPresent = useCallback((shownId: string | null) => {
    returnTo.current = shownId;
    setPresenting(null);
  }, []);
  useEffect(() => {
    if (presenting !== null || returnTo.current === null) return;
    document.getElementById(`production-${returnTo.current}`)?.scrollIntoView({ block: 'start' });
    returnTo.current = null;
  }, [presenting]);
  return { presenting, setPresenting, exitPresent };
}
