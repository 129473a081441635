import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchArchive } from '../../api/shareApi.ts';
import { Notice } from '../../components/Notice.tsx';

/** "Download the archive": the whole session as one JSON file another Peerloom can import. */
export function ArchiveDownload({
  sessionId,
  facilitatorKey,
}: {
  sessionId: string;
  facilitatorKey: string;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const file = await fetchArchive(sessionId, facilitatorKey);
      const url = URL.createObjectURL(file);
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `peerloom-session-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setFailed(true);
    }
    setBusy(false);
  };

  return (
    <div className="archive-download">
      <h3>{t('sharePage.archiveTitle')}</h3>
      <p className="hint">{t('sharePage.archiveHint')}</p>
      {failed ? <Notice tone="error">{t('sharePage.downloadFailed')}</Notice> : null}
      <button type="button" className="secondary" disabled={busy} onClick={download}>
        {busy ? t('sharePage.downloading') : t('sharePage.download')}
      </button>
    </div>
  );
}
