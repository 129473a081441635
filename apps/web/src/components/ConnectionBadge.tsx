import type { SessionConnection } from '@peerloom/sync-client';
import { useTranslation } from 'react-i18next';

export function ConnectionBadge({ connection }: { connection: SessionConnection }) {
  const { t } = useTranslation();
  return (
    <output className={`connection connection-${connection}`} aria-live="polite" data-connection={connection}>
      <span className="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('status.label')}: </span>
      {t(`status.${connection}`)}
    </output>
  );
}
