import type { SessionConnection } from '@peerloom/sync-client';
import { useTranslation } from 'react-i18next';

interface ConnectionBadgeProps {
  connection: SessionConnection;
  /** Changes on this device the relay has not yet confirmed as durable. */
  pending: number;
}

/** Says "saved on the server" only once the relay has acknowledged every change as durable. */
export function ConnectionBadge({ connection, pending }: ConnectionBadgeProps) {
  const { t } = useTranslation();
  const label =
    connection === 'offline'
      ? pending > 0
        ? t('status.offlinePending', { count: pending })
        : t('status.offline')
      : connection === 'online' && pending > 0
        ? t('status.saving', { count: pending })
        : t(`status.${connection}`);
  const state = connection === 'online' && pending > 0 ? 'saving' : connection;
  return (
    <output
      className={`connection connection-${state}`}
      aria-live="polite"
      data-connection={connection}
      data-pending={pending}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('status.label')}: </span>
      {label}
    </output>
  );
}
