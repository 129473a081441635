import {
  type GroupingKind,
  type ParticipantId,
  type SessionSnapshot,
  selectOwnGroups,
} from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';

/** A participant's published group: its label, and who else is in it. */
export function GroupView({
  snapshot,
  participantId,
  kind,
}: {
  snapshot: SessionSnapshot;
  participantId: ParticipantId;
  kind: GroupingKind;
}) {
  const { t } = useTranslation();
  const own = selectOwnGroups(snapshot, participantId).find((entry) => entry.kind === kind);
  if (!own) {
    // Groups published without this person (they joined later): the facilitator's board lists them to place.
    const published = (snapshot.groupings[kind]?.published?.length ?? 0) > 0;
    return <p className="waiting">{published ? t('board.waitingPlacement') : t('groups.waiting')}</p>;
  }
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  const shared = own.group.sharedTerms[participantId] ?? [];
  return (
    <section className="card own-group" aria-labelledby="own-group-title" data-testid="own-group">
      <h2 id="own-group-title">
        {t('groups.yourGroup', { number: own.group.number })}
        {own.group.name ? <span className="group-name"> · {own.group.name}</span> : null}
        {own.group.label.length > 0 ? (
          <span className="group-label"> · {own.group.label.join(', ')}</span>
        ) : null}
      </h2>
      {own.group.place ? (
        <p className="group-place">{t('board.yourPlace', { place: own.group.place })}</p>
      ) : null}
      {shared.length > 0 ? <p className="hint">{t('groups.whyYou', { terms: shared.join(', ') })}</p> : null}
      <ul className="member-list">
        {own.group.members.map((member) => (
          <li key={member} className="member">
            {names.get(member) || t('answers.anonymous')}
            {member === participantId ? ` (${t('groups.you')})` : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
