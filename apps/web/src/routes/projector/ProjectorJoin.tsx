import { useTranslation } from 'react-i18next';
import { QrCode } from '../../components/QrCode.tsx';
import { useJoinBase } from '../../session/useJoinBase.ts';

/**
 * How to join: the address, the code and a QR code. `hero` fills the warm-up screen; `corner` stays small in the
 * header of every other step, so late arrivals can still join.
 */
export function ProjectorJoin({ code, variant }: { code: string; variant: 'hero' | 'corner' }) {
  const { t } = useTranslation();
  const joinBase = useJoinBase();
  const joinUrl = `${joinBase.url}/j/${code}`;
  const host = new URL(joinBase.url).host;
  const qr =
    code && joinBase.checked ? (
      <QrCode
        value={joinUrl}
        label={t('facilitator.qrAlt', { url: joinUrl })}
        size={variant === 'hero' ? 420 : 84}
      />
    ) : null;
  if (variant === 'corner') {
    return (
      <section className="projector-join-corner" aria-label={t('projector.howToJoin')}>
        <p>
          <span className="projector-join-host">
            {t('projector.joinAt')} <strong data-testid="projector-join-host">{host}</strong>
          </span>
          <span className="projector-join-code">
            {t('projector.code')}{' '}
            <strong className="projector-code" data-testid="projector-code">
              {code}
            </strong>
          </span>
        </p>
        {qr}
      </section>
    );
  }
  return (
    <section className="projector-join-hero" aria-label={t('projector.howToJoin')}>
      {qr}
      <div>
        <p className="projector-join-line">{t('projector.scanOrOpen')}</p>
        <p className="projector-join-url" data-testid="projector-join-host">
          {host}
        </p>
        <p className="projector-join-line">{t('projector.enterCode')}</p>
        <p className="projector-code projector-code-hero" data-testid="projector-code">
          {code}
        </p>
      </div>
    </section>
  );
}
