import type { ParticipantId, SessionSnapshot, SessionStore } from '@peerloom/session-model';
import { memo, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LongList } from '../../components/LongList.tsx';
import { Notice } from '../../components/Notice.tsx';
import { isShallowEqual } from '../../session/isShallowEqual.ts';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import { useSessionSelector } from '../../session/useSessionSelector.ts';
import { describeRoster } from './describeRoster.ts';
import { PersonRow, type PersonTools } from './PersonRow.tsx';
import { selectAnswered } from './selectAnswered.ts';

interface ParticipantListProps {
  store: SessionStore;
  online: ReadonlySet<string>;
}

/** What the list reads: an edited answer changes none of it, so the list does not render again for one. */
const selectPeople = (snapshot: SessionSnapshot) => ({
  roster: snapshot.roster,
  removed: snapshot.removed,
  answered: selectAnswered(snapshot),
});
const samePeople = (a: ReturnType<typeof selectPeople>, b: ReturnType<typeof selectPeople>) =>
  a.roster === b.roster && a.removed === b.removed && isShallowEqual(a.answered, b.answered);

type Action = { kind: 'rename' | 'remove'; participantId: ParticipantId } | null;

/** Who joined, who is connected, who answered the current question, and the facilitator's tools for each. */
export const ParticipantList = memo(function ParticipantList({ store, online }: ParticipantListProps) {
  const { t } = useTranslation();
  const id = useId();
  const { error, run } = useCommandRunner();
  const [filter, setFilter] = useState('');
  const [action, setAction] = useState<Action>(null);
  const [name, setName] = useState('');
  const { roster, removed, answered } = useSessionSelector(store, selectPeople, samePeople);
  const rows = useMemo(() => describeRoster(roster, new Set(answered), online), [roster, answered, online]);
  const shown = filter.trim()
    ? rows.filter((row) => row.entry.name.toLowerCase().includes(filter.trim().toLowerCase()))
    : rows;
  const onlineCount = rows.filter((row) => row.online).length;
  const answeredCount = rows.filter((row) => row.answered).length;

  const latest = useRef({ run, store, name });
  latest.current = { run, store, name };
  const tools = useMemo<PersonTools>(
    () => ({
      startRename(entry) {
        setName(entry.name);
        setAction({ kind: 'rename', participantId: entry.participantId });
      },
      startRemove: (entry) => setAction({ kind: 'remove', participantId: entry.participantId }),
      cancel: () => setAction(null),
      setName,
      rename(event, entry) {
        event.preventDefault();
        const { run, store, name } = latest.current;
        if (run(() => store.commands.renameParticipant(entry.participantId, name))) setAction(null);
      },
      remove(entry) {
        const { run, store } = latest.current;
        if (run(() => store.commands.removeParticipant(entry.participantId))) setAction(null);
      },
    }),
    [],
  );

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
      <LongList
        items={shown}
        getKey={(row) => row.entry.participantId}
        className="people-list"
        estimatedHeight={72}
        scrollsItself
        renderRow={({ entry, online: isOnline, answered, duplicate }, row) => {
          const open = action?.participantId === entry.participantId ? action.kind : null;
          return (
            <PersonRow
              key={entry.participantId}
              entry={entry}
              online={isOnline}
              answered={answered}
              duplicate={duplicate}
              action={open}
              name={open === 'rename' ? name : ''}
              formId={`${id}-${entry.participantId}`}
              tools={tools}
              {...row}
            />
          );
        }}
      />
      {removed.length > 0 ? (
        <details className="removed-people">
          <summary>{t('people.removedTitle', { count: removed.length })}</summary>
          <ul className="people-list">
            {removed.map((entry) => (
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
});
