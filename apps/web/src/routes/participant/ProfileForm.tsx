import type { ParticipantId, SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';

/** The facilitator's profile questions, answered once; editable until groups are formed. */
export function ProfileForm({
  snapshot,
  store,
  participantId,
}: {
  snapshot: SessionSnapshot;
  store: SessionStore;
  participantId: ParticipantId;
}) {
  const { t } = useTranslation();
  const id = useId();
  const saved = snapshot.roster.find((entry) => entry.participantId === participantId)?.profile ?? {};
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(saved).map(([key, value]) => [key, String(value)])),
  );
  const [done, setDone] = useState(Object.keys(saved).length > 0);
  const { error, run } = useCommandRunner();
  if (snapshot.profileFields.length === 0) return null;
  if (done) {
    return (
      <p>
        {t('mix.profileSaved')}{' '}
        <button type="button" className="secondary" onClick={() => setDone(false)}>
          {t('mix.editProfile')}
        </button>
      </p>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const profile: Record<string, string | number> = {};
    for (const field of snapshot.profileFields) {
      const value = values[field.id];
      if (value === undefined || value === '') continue;
      profile[field.id] = field.kind === 'number' ? Number(value) : value;
    }
    if (run(() => store.commands.setProfile(profile))) setDone(true);
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('mix.profileTitle')}</h2>
      {snapshot.profileFields.map((field) => (
        <div key={field.id}>
          <label htmlFor={`${id}-${field.id}`}>{field.label}</label>
          {field.kind === 'choice' ? (
            <select
              id={`${id}-${field.id}`}
              value={values[field.id] ?? ''}
              onChange={(event) => setValues({ ...values, [field.id]: event.target.value })}
            >
              <option value="">{t('mix.noAnswer')}</option>
              {field.options.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${id}-${field.id}`}
              type="number"
              inputMode="numeric"
              value={values[field.id] ?? ''}
              onChange={(event) => setValues({ ...values, [field.id]: event.target.value })}
            />
          )}
        </div>
      ))}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit">{t('mix.saveProfile')}</button>
    </form>
  );
}
