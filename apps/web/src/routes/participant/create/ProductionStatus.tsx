import type { DocumentStatus } from '@peerloom/sync-client';
import { useTranslation } from 'react-i18next';

/** Where the group's text is safe: on this device only, on its way, or on the server. */
export function ProductionStatus({ status }: { status: DocumentStatus }) {
  const { t } = useTranslation();
  const { connection, pending, synced } = status;
  const state =
    connection === 'offline' || connection === 'refused'
      ? connection
      : connection === 'online' && (pending > 0 || !synced)
        ? 'saving'
        : connection;
  const label =
    connection === 'offline'
      ? pending > 0
        ? t('status.offlinePending', { count: pending })
        : t('status.offline')
      : state === 'saving'
        ? pending > 0
          ? t('status.saving', { count: pending })
          : t('status.connecting')
        : t(`status.${connection}`);
  return (
    <output
      className={`connection production-status connection-${state}`}
      aria-live="polite"
      data-testid="production-status"
      data-state={state}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('production.productionStatus')}: </span>
      {label}
    </output>
  );
}
