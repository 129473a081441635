import { LIMITS } from '@peerloom/session-model';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { joinSession } from '../../api/relayApi.ts';
import { AppShell } from '../../components/AppShell.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Link } from '../../router/Link.tsx';
import { useNavigate, useParams } from '../../router/Router.tsx';
import { listCredentials, type ParticipantCredentials, saveCredentials } from '../../session/deviceStore.ts';
import { useFormError } from '../../session/useFormError.ts';

export default function JoinScreen() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const code = (useParams().code ?? '').toUpperCase();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [known, setKnown] = useState<ParticipantCredentials | null>(null);
  const { error, setError, showError } = useFormError();

  useEffect(() => {
    listCredentials().then(
      (all) =>
        setKnown(
          all.find(
            (entry): entry is ParticipantCredentials => entry.kind === 'participant' && entry.code === code,
          ) ?? null,
        ),
      () => setKnown(null),
    );
  }, [code]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const cleaned = name.trim();
    if (cleaned === '') {
      setError(t('errors.name_required'));
      return;
    }
    setBusy(true);
    try {
      const joined = await joinSession(code, cleaned);
      await saveCredentials({
        kind: 'participant',
        sessionId: joined.sessionId,
        code,
        title: joined.title,
        participantId: joined.participantId,
        token: joined.token,
        name: cleaned,
      });
      navigate(`/s/${joined.sessionId}`);
    } catch (caught) {
      showError(caught);
      setBusy(false);
    }
  };

  return (
    <AppShell>
      <div className="narrow">
        <h1>{t('join.title', { code })}</h1>
        {known ? (
          <p>
            <Link className="button-link" to={`/s/${known.sessionId}`}>
              {t('join.continueAs', { name: known.name })}
            </Link>
          </p>
        ) : null}
        <form className="card" onSubmit={submit} noValidate>
          {known ? <p>{t('join.orJoinAsSomeoneElse')}</p> : null}
          <label htmlFor={`${id}-name`}>{t('join.nameLabel')}</label>
          <p className="hint" id={`${id}-hint`}>
            {t('join.nameHint')}
          </p>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(event) => setName(event.target.value)}
            autoComplete="given-name"
            maxLength={LIMITS.nameLength}
            aria-describedby={`${id}-hint`}
            aria-invalid={error !== null}
          />
          {error ? <Notice tone="error">{error}</Notice> : null}
          <button type="submit" disabled={busy}>
            {busy ? t('join.joining') : t('join.submit')}
          </button>
        </form>
      </div>
    </AppShell>
  );
}
