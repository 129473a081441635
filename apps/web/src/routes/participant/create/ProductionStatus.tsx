import { useTranslation } from 'react-i18next';
import { type ProductionHandle, useProductionStatus } from '../../../session/useProduction.ts';

/** Where the group's text is safe: on this device only, on its way, or on the server. */
export function ProductionStatus({ opened }: { opened: ProductionHandle | null }) {
  const { t } = useTranslation();
  // Read here, not by the screen, which must not re-render while the group types.
  const { state, pending } = useProductionStatus(opened);
  const tone = state === 'saved' ? 'online' : state;
  const label =
    state === 'offline'
      ? pending > 0
        ? t('status.offlinePending', { count: pending })
        : t('status.offline')
      : state === 'saving'
        ? t('status.saving', { count: pending })
        : t(state === 'saved' ? 'status.online' : `status.${state}`);
  return (
    <output
      className={`connection production-status connection-${tone}`}
      aria-live="polite"
      data-testid="production-status"
      data-state={tone}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span className="visually-hidden">{t('production.productionStatus')}: </span>
      {label}
    </output>
  );
}
