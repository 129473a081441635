import { useTranslation } from 'react-i18next';
import { type ProductionHandle, useProductionStatus } from '../../../session/useProduction.ts';

/** Where the group's text is safe: on this device only, on its way, or on the server. */
export function ProductionStatus({ opened }: { opened: ProductionHandle | null }) {
  const { t } = useTranslation();
  // Read here, not by the screen: the count of unsaved changes moves with every keystroke.
  const { connection, pending, synced } = useProductionStatus(opened);
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
