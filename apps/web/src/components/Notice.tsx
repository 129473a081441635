import type { ReactNode } from 'react';

interface NoticeProps {
  /** error: something failed; warning: needs attention soon; success: done; info: good to know. */
  tone: 'error' | 'warning' | 'success' | 'info';
  children: ReactNode;
}

/** Errors are announced at once (role=alert); information politely. */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div className={`notice notice-${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
