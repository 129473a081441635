import { lazy } from 'react';

/** The editor (Tiptap) as its own chunk: a phone downloads it only when step 4 shows a field. */
export const LazyFieldEditor = lazy(() =>
  import('@peerloom/editor').then((module) => ({ default: module.FieldEditor })),
);
