import type {
  ParticipantCommands,
  ParticipantId,
  ProfileField,
  SessionSnapshot,
  SessionStore,
} from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { readProfileNumber } from './readProfileNumber.ts';

/** The facilitator's profile questions, answered once; editable until groups are formed. */
export function ProfileForm({
  snapshot,
  store,
  participantId,
}: {
  snapshot: SessionSnapshot;
  store: SessionStore<ParticipantCommands>;
  participantId: ParticipantId;
}) {
  const { t } = useTranslation();
  const id = useId();
  const saved = snapshot.roster.find((entry) => entry.participantId === participantId)?.profile ?? {};
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(Object.entries(saved).map(([key, value]) => [key, String(value)])),
  );
  const [problems, setProblems] = useState<Record<string, string>>({});
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
  const range = (field: ProfileField) =>
    field.min !== undefined && field.max !== undefined
      ? t('profile.range', { min: field.min, max: field.max })
      : field.min !== undefined
        ? t('profile.atLeast', { min: field.min })
        : field.max !== undefined
          ? t('profile.atMost', { max: field.max })
          : null;
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const profile: Record<string, string | number> = {};
    const found: Record<string, string> = {};
    for (const field of snapshot.profileFields) {
      const value = values[field.id];
      if (value === undefined || value.trim() === '') continue;
      if (field.kind === 'choice') {
        profile[field.id] = value;
        continue;
      }
      const reading = readProfileNumber(field, value);
      if (reading.ok) profile[field.id] = reading.value;
      else
        found[field.id] = t(`profile.${reading.problem}`, {
          label: field.label,
          min: field.min,
          max: field.max,
        });
    }
    setProblems(found);
    const firstWrong = snapshot.profileFields.find((field) => found[field.id]);
    if (firstWrong) {
      event.currentTarget.querySelector<HTMLElement>(`#${CSS.escape(`${id}-${firstWrong.id}`)}`)?.focus();
      return;
    }
    if (run(() => store.commands.setProfile(profile))) setDone(true);
  };
  return (
    <form className="card" onSubmit={submit} noValidate>
      <h2>{t('mix.profileTitle')}</h2>
      {snapshot.profileFields.map((field) => {
        const inputId = `${id}-${field.id}`;
        const problem = problems[field.id];
        const hint = field.kind === 'number' ? range(field) : null;
        const describedBy = [hint ? `${inputId}-hint` : '', problem ? `${inputId}-problem` : '']
          .filter(Boolean)
          .join(' ');
        return (
          <div key={field.id}>
            <label htmlFor={inputId}>{field.label}</label>
            {field.kind === 'choice' ? (
              <select
                id={inputId}
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
              <>
                {hint ? (
                  <p id={`${inputId}-hint`} className="hint">
                    {hint}
                  </p>
                ) : null}
                <input
                  id={inputId}
                  type="text"
                  inputMode={field.min !== undefined && field.min >= 0 ? 'decimal' : 'text'}
                  autoComplete="off"
                  value={values[field.id] ?? ''}
                  aria-invalid={problem !== undefined}
                  aria-describedby={describedBy || undefined}
                  onChange={(event) => {
                    setValues({ ...values, [field.id]: event.target.value });
                    if (problem) {
                      const { [field.id]: _fixed, ...others } = problems;
                      setProblems(others);
                    }
                  }}
                />
                {problem ? (
                  <p id={`${inputId}-problem`} className="hint hint-over">
                    {problem}
                  </p>
                ) : null}
              </>
            )}
          </div>
        );
      })}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <button type="submit">{t('mix.saveProfile')}</button>
    </form>
  );
}
