import type { ReactNode } from 'react';
import './WhatNow.css';

/** The one line a waiting screen owes its reader: what happens next, and what to do meanwhile. */
export function WhatNow({ children }: { children: ReactNode }) {
  return (
    <p className="what-now" role="status" data-testid="what-now">
      <span className="what-now-mark" aria-hidden="true" />
      <span>{children}</span>
    </p>
  );
}
