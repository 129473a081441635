import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getReadLink, type ReadLinkState, revokeReadLink, shareReadLink } from '../../api/shareApi.ts';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';
import { CopyField } from '../../components/CopyField.tsx';
import { Notice } from '../../components/Notice.tsx';
import { QrCode } from '../../components/QrCode.tsx';
import { useJoinBase } from '../../session/useJoinBase.ts';
import { ArchiveDownload } from './ArchiveDownload.tsx';
import './sharePagePanel.css';

interface SharePagePanelProps {
  sessionId: string;
  facilitatorKey: string;
}

type Busy = 'loading' | 'sharing' | 'revoking' | null;

/** "Share the page": a revocable read link to the session page (copy, QR code, withdraw), and the archive. */
export function SharePagePanel({ sessionId, facilitatorKey }: SharePagePanelProps) {
  const { t } = useTranslation();
  const joinBase = useJoinBase();
  const [link, setLink] = useState<ReadLinkState | null>(null);
  const [busy, setBusy] = useState<Busy>('loading');
  const [failed, setFailed] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [revoked, setRevoked] = useState(false);

  useEffect(() => {
    let current = true;
    // Offline, the panel still offers to share: an error shows only when sharing itself fails.
    getReadLink(sessionId, facilitatorKey)
      .then(
        (state) => {
          if (current) setLink(state);
        },
        () => {},
      )
      .finally(() => {
        if (current) setBusy(null);
      });
    return () => {
      current = false;
    };
  }, [sessionId, facilitatorKey]);

  const act = async (kind: 'sharing' | 'revoking') => {
    setBusy(kind);
    setFailed(false);
    setConfirming(false);
    try {
      const next =
        kind === 'sharing'
          ? await shareReadLink(sessionId, facilitatorKey)
          : await revokeReadLink(sessionId, facilitatorKey);
      setLink(next);
      setRevoked(kind === 'revoking');
    } catch {
      setFailed(true);
    }
    setBusy(null);
  };

  const url = link?.active && link.path ? `${joinBase.url}${link.path}` : null;
  return (
    <section className="card share-page-panel" aria-labelledby="share-page-title">
      <h2 id="share-page-title">{t('sharePage.title')}</h2>
      <p className="hint">{t('sharePage.intro')}</p>
      {failed ? <Notice tone="error">{t('sharePage.unavailable')}</Notice> : null}
      {revoked && !url ? <Notice tone="success">{t('sharePage.revoked')}</Notice> : null}
      {url ? (
        <>
          <CopyField label={t('sharePage.linkLabel')} value={url} />
          <details>
            <summary>{t('sharePage.showQr')}</summary>
            <QrCode value={url} label={t('sharePage.qrAlt', { url })} size={180} />
          </details>
          {confirming ? (
            <ConfirmBox
              message={t('sharePage.revokeConfirm')}
              confirmLabel={t('sharePage.revokeYes')}
              onConfirm={() => act('revoking')}
              onCancel={() => setConfirming(false)}
            />
          ) : (
            <button
              type="button"
              className="secondary"
              disabled={busy !== null}
              onClick={() => setConfirming(true)}
            >
              {t('sharePage.revoke')}
            </button>
          )}
        </>
      ) : (
        <button type="button" disabled={busy !== null} onClick={() => act('sharing')}>
          {busy === 'sharing' ? t('sharePage.sharing') : t('sharePage.share')}
        </button>
      )}
      <ArchiveDownload sessionId={sessionId} facilitatorKey={facilitatorKey} />
    </section>
  );
}
