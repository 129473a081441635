import type { ParticipantId, Production, SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import type { ProductionHandle } from '../../../session/useProduction.ts';
import { memberColor } from './memberColor.ts';
import { roleOf } from './roleOf.ts';
import { useGroupPeers } from './useGroupPresence.ts';

interface GroupMembersProps {
  snapshot: SessionSnapshot;
  production: Production;
  participantId: ParticipantId;
  opened: ProductionHandle | null;
}

/** This member's role and what it means, then the group: each member's role, and who has the production open now. */
export function GroupMembers({ snapshot, production, participantId, opened }: GroupMembersProps) {
  const { t } = useTranslation();
  const peers = useGroupPeers(opened, participantId);
  const ownRole = roleOf(production, participantId);
  const here = new Set(peers.map((peer) => peer.participantId));
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  return (
    <section className="card create-group" aria-labelledby="create-group-title">
      <p className="create-role" data-testid="own-role">
        {ownRole ? (
          <>
            <strong>{t('production.yourRole', { role: t(`roles.${ownRole}`) })}</strong>{' '}
            {t(`roles.meaning.${ownRole}`)}
          </>
        ) : (
          t('production.noRole')
        )}
      </p>
      <h2 id="create-group-title" className="visually-hidden">
        {t('production.groupMembers')}
      </h2>
      <ul className="create-members" data-testid="group-members">
        {production.members.map((member) => {
          const role = roleOf(production, member);
          const isYou = member === participantId;
          const present = isYou || here.has(member);
          return (
            <li key={member} className={present ? 'create-member create-member-here' : 'create-member'}>
              <span
                className="create-member-dot"
                style={{ background: memberColor(member, production.members) }}
                aria-hidden="true"
              />
              <span className="create-member-name">
                {isYou ? t('groups.you') : names.get(member) || t('answers.anonymous')}
              </span>
              {role ? <span className="create-member-role">{t(`roles.${role}`)}</span> : null}
              <span className="visually-hidden">
                {present ? t('production.memberHere') : t('production.memberAway')}
              </span>
            </li>
          );
        })}
      </ul>
      {production.label.length > 0 ? (
        <p className="group-label create-label">{production.label.join(', ')}</p>
      ) : null}
      <p className="hint create-here" data-testid="here-now">
        {peers.length === 0
          ? t('production.aloneHere')
          : t('production.hereNow', { names: peers.map((peer) => peer.name).join(', ') })}
      </p>
    </section>
  );
}
