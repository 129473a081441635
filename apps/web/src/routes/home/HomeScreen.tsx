import { LANGUAGES, LIMITS } from '@peerloom/session-model';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createSession } from '../../api/relayApi.ts';
import { AppShell } from '../../components/AppShell.tsx';
import { Notice } from '../../components/Notice.tsx';
import { Link } from '../../router/Link.tsx';
import { useNavigate } from '../../router/Router.tsx';
import { type Credentials, listCredentials } from '../../session/deviceStore.ts';
import { useFormError } from '../../session/useFormError.ts';
import { normalizeJoinCode } from '../join/normalizeJoinCode.ts';
import { ImportSession } from './ImportSession.tsx';
import { keepFacilitatorSession } from './keepFacilitatorSession.ts';
import './home.css';

/** Joining is what most people come for: the code field leads, on a phone first and large. */
function JoinWithCode() {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const normalized = normalizeJoinCode(code);
    if (!normalized) {
      setError(t('errors.invalid_code'));
      return;
    }
    // The join page is a small page of its own (join.html), which checks the code before asking a name.
    location.assign(`/j/${normalized}`);
  };
  return (
    <form className="card home-join" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h1 id={`${id}-title`}>{t('home.joinTitle')}</h1>
      <label htmlFor={`${id}-code`}>{t('home.codeLabel')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('home.codeHint')}
      </p>
      <input
        id={`${id}-code`}
        className="code-input"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        maxLength={16}
        aria-describedby={`${id}-hint`}
        aria-invalid={error !== null}
      />
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit">{t('home.join')}</button>
    </form>
  );
}

function CreateSession() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [language, setLanguage] = useState(i18n.language === 'fr' ? 'fr' : 'en');
  const [busy, setBusy] = useState(false);
  const { error, setError, showError } = useFormError();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('errors.title_required'));
      return;
    }
    setBusy(true);
    try {
      const created = await createSession(title.trim(), language);
      await keepFacilitatorSession(created);
      navigate(`/f/${created.sessionId}`);
    } catch (caught) {
      showError(caught);
      setBusy(false);
    }
  };
  return (
    <form className="card home-create" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('home.createTitle')}</h2>
      <p className="hint">{t('app.tagline')}</p>
      <label htmlFor={`${id}-name`}>{t('home.titleLabel')}</label>
      <input
        id={`${id}-name`}
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        maxLength={LIMITS.titleLength}
        aria-invalid={error !== null}
      />
      <label htmlFor={`${id}-language`}>{t('home.languageLabel')}</label>
      <select id={`${id}-language`} value={language} onChange={(event) => setLanguage(event.target.value)}>
        {LANGUAGES.map((code) => (
          <option key={code} value={code}>
            {code === 'fr' ? 'Français' : 'English'}
          </option>
        ))}
      </select>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit" disabled={busy}>
        {busy ? t('home.creating') : t('home.create')}
      </button>
    </form>
  );
}

function SessionsOnThisDevice() {
  const { t } = useTranslation();
  const [credentials, setCredentials] = useState<Credentials[]>([]);
  useEffect(() => {
    listCredentials().then(setCredentials, () => setCredentials([]));
  }, []);
  if (credentials.length === 0) return null;
  return (
    <section className="card" aria-labelledby="device-sessions">
      <h2 id="device-sessions">{t('home.yourSessions')}</h2>
      <ul className="link-list">
        {credentials.map((entry) => (
          <li key={`${entry.kind}:${entry.sessionId}`}>
            {entry.kind === 'facilitator' ? (
              <Link to={`/f/${entry.sessionId}`}>
                {t('home.continueFacilitating', { title: entry.title })}
              </Link>
            ) : (
              <Link to={`/s/${entry.sessionId}`}>
                {t('home.continueParticipating', { title: entry.title, name: entry.name })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export default function HomeScreen() {
  return (
    <AppShell>
      <div className="home-grid">
        <JoinWithCode />
        <CreateSession />
      </div>
      <ImportSession />
      <SessionsOnThisDevice />
    </AppShell>
  );
}
