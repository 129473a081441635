import {
  LIMITS,
  type ParticipantId,
  type RosterEntry,
  type SessionSnapshot,
  type SessionStore,
} from '@peerloom/session-model';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { describeRoster } from './describeRoster.ts';

interface ParticipantListProps {
  snapshot: SessionSnapshot;
  store: SessionStore;
  online: ReadonlySet<string>;
}

type Action = { kind: 'rename' | 'remove'; participantId: ParticipantId } | null;

/** Who joined, who is connected, who answered the current question, and the facilitator's tools for each. */
export function ParticipantList({ snapshot, store, online }: ParticipantListProps) {
  const { t } = useTranslation();
  const id = useId();
  const { error, run } = useCommandRunner();
  const [filter, setFilter] = useState('');
  const [action, setAction] = useState<Action>(null);
  const [name, setName] = useState('');
  const rows = describeRoster(snapshot, online);
  const shown = filter.trim()
    ? rows.filter((row) => row.entry.name.toLowerCase().includes(filter.trim().toLowerCase()))
    : rows;
  const onlineCount = rows.filter((row) => row.online).length;
  const answeredCount = rows.filter((row) => row.answered).length;

  const rename = (event: FormEvent, entry: RosterEntry) => {
    event.preventDefault();
    if (run(() => store.commands.renameParticipant(entry.participantId, name))) setAction(null);
  };

  return (
    <section
      className="card participant-panel"
      aria-labelledby={`${id}-title`}
      data-testid="participant-list"
    >
      <h2 id={`${id}-title`}>{t('people.title', { count: rows.length })}</h2>
      <p className="hint" aria-live="polite">
        {t('people.summary', { online: onlineCount, answered: answeredCount, total: rows.length })}
      </p>
      {rows.length > 8 ? (
        <>
          <label htmlFor={`${id}-filter`} className="visually-hidden">
            {t('people.filter')}
          </label>
          <input
            id={`${id}-filter`}
            type="search"
            placeholder={t('people.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
        </>
      ) : null}
      {rows.length === 0 ? <p className="hint">{t('people.nobody')}</p> : null}
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="people-list">
        {shown.map(({ entry, online: isOnline, answered, duplicate }) => (
          <li key={entry.participantId} className="person-row" data-testid="person-row">
            <div className="person-line">
              <span
                className={isOnline ? 'presence presence-online' : 'presence'}
                role="img"
                aria-label={isOnline ? t('people.online') : t('people.away')}
              />
              <span className="person-name">{entry.name}</span>
              {entry.name !== entry.ownName ? (
                <span className="person-note">{t('people.typed', { name: entry.ownName })}</span>
              ) : null}
              {duplicate ? <span className="badge badge-warning">{t('people.duplicate')}</span> : null}
              {answered ? <span className="badge">{t('people.answered')}</span> : null}
            </div>
            {action?.participantId === entry.participantId && action.kind === 'rename' ? (
              <form className="inline-form" onSubmit={(event) => rename(event, entry)}>
                <label htmlFor={`${id}-${entry.participantId}-name`}>
                  {t('people.newName', { name: entry.name })}
                </label>
                <input
                  id={`${id}-${entry.participantId}-name`}
                  value={name}
                  maxLength={LIMITS.nameLength}
                  onChange={(event) => setName(event.target.value)}
                />
                <div className="button-row">
                  <button type="submit">{t('people.saveName')}</button>
                  <button type="button" className="secondary" onClick={() => setAction(null)}>
                    {t('facilitator.cancel')}
                  </button>
                </div>
              </form>
            ) : action?.participantId === entry.participantId && action.kind === 'remove' ? (
              <ConfirmBox
                message={t('people.confirmRemove', { name: entry.name })}
                confirmLabel={t('people.confirmRemoveYes', { name: entry.name })}
                onConfirm={() => {
                  if (run(() => store.commands.removeParticipant(entry.participantId))) setAction(null);
                }}
                onCancel={() => setAction(null)}
              />
            ) : (
              <div className="person-tools">
                <button
                  type="button"
                  className="ghost"
                  onClick={() => {
                    setName(entry.name);
                    setAction({ kind: 'rename', participantId: entry.participantId });
                  }}
                >
                  {t('people.rename')}
                  <span className="visually-hidden"> {entry.name}</span>
                </button>
                <button
                  type="button"
                  className="ghost"
                  onClick={() => setAction({ kind: 'remove', participantId: entry.participantId })}
                >
                  {t('people.remove')}
                  <span className="visually-hidden"> {entry.name}</span>
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      {snapshot.removed.length > 0 ? (
        <details className="removed-people">
          <summary>{t('people.removedTitle', { count: snapshot.removed.length })}</summary>
          <ul className="people-list">
            {snapshot.removed.map((entry) => (
              <li key={entry.participantId} className="person-row">
                <span className="person-name">{entry.name}</span>
                <button
                  type="button"
                  className="ghost"
                  onClick={() => run(() => store.commands.restoreParticipant(entry.participantId))}
                >
                  {t('people.restore')}
                  <span className="visually-hidden"> {entry.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
