import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/relayApi.ts';
import { importArchive } from '../../api/shareApi.ts';
import { Notice } from '../../components/Notice.tsx';
import { useNavigate } from '../../router/Router.tsx';
import { keepFacilitatorSession } from './keepFacilitatorSession.ts';

/** "Import a session": a session archive becomes a new session this device facilitates. */
export function ImportSession() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      const created = await importArchive(await file.text());
      await keepFacilitatorSession(created);
      navigate(`/f/${created.sessionId}`);
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : 'generic';
      setError(t(`importSession.errors.${code}`, { defaultValue: t('importSession.errors.generic') }));
      setBusy(false);
      event.target.value = '';
    }
  };

  return (
    <details className="card home-import">
      <summary>{t('importSession.title')}</summary>
      <p className="hint" id={`${id}-hint`}>
        {t('importSession.hint')}
      </p>
      <label htmlFor={`${id}-file`}>{t('importSession.fileLabel')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={choose}
        aria-describedby={`${id}-hint`}
      />
      {busy ? <p aria-live="polite">{t('importSession.importing')}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
    </details>
  );
}
