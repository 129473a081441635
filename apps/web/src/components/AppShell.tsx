import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface AppShellProps {
  title?: string;
  /** The connection badge; it stays on screen (the header is sticky) so a dropped relay is always seen. */
  status?: ReactNode;
  /** One line of state beside the connection, e.g. the current step. */
  state?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

export function AppShell({ title, status, state, wide = false, children }: AppShellProps) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <a href="/" className="brand-name">
            {t('app.name')}
          </a>
          {title ? <span className="session-title">{title}</span> : null}
        </div>
        {status || state ? (
          <div className="header-state" data-testid="header-state">
            {status}
            {state ? <span className="header-state-text">{state}</span> : null}
          </div>
        ) : null}
        <div className="header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main id="content" className={wide ? 'content content-wide' : 'content'} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
