import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch.tsx';

interface AppShellProps {
  title?: string;
  status?: ReactNode;
  wide?: boolean;
  children: ReactNode;
}

export function AppShell({ title, status, wide = false, children }: AppShellProps) {
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
        <div className="header-tools">
          {status}
          <LanguageSwitch />
        </div>
      </header>
      <main id="content" className={wide ? 'content content-wide' : 'content'} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
