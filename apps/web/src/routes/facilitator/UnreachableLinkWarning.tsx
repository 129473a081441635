import { useTranslation } from 'react-i18next';
import type { JoinBase } from '../../session/chooseJoinBase.ts';

/** Tells the facilitator, before anyone tries, that phones cannot open a link to this machine only. */
export function UnreachableLinkWarning({ joinBase }: { joinBase: JoinBase }) {
  const { t } = useTranslation();
  const host = new URL(joinBase.url).host;
  const [better] = joinBase.alternatives;
  return (
    <div className="link-warning" data-testid="unreachable-link-warning">
      <p className="link-warning-title">{t('joinAddress.unreachableTitle')}</p>
      <p>{t('joinAddress.unreachableBody', { host })}</p>
      <p>
        {better ? (
          <>
            {t('joinAddress.openInstead')} <a href={better}>{better}</a>
          </>
        ) : (
          t('joinAddress.setPublicUrl')
        )}
      </p>
    </div>
  );
}
