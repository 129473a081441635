import type { GroupingKind, ParticipantId, Phase, SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { GroupDrawer } from '../../components/GroupDrawer.tsx';
import { isShallowEqual } from '../../session/isShallowEqual.ts';
import { type SnapshotSource, useSessionSelector } from '../../session/useSessionSelector.ts';
import { selectLatestOwnGroup } from './selectLatestOwnGroup.ts';

/** The groupings a step's own screen already shows in full; there the drawer would repeat them. */
const SHOWN_ON: Partial<Record<Phase, readonly GroupingKind[]>> = {
  mix: ['diverse'],
  match: ['thematic'],
  create: ['diverse', 'thematic'],
  end: ['diverse', 'thematic'],
};

/** The participant's latest published group, reachable from any step (the Mix group no longer vanishes at Share). */
export function MyGroup({ store, participantId }: { store: SnapshotSource; participantId: ParticipantId }) {
  const { t } = useTranslation();
  // Answers and, while the person is in no group, the roster change nothing here.
  const { kind, group, roster } = useSessionSelector(
    store,
    (snapshot: SessionSnapshot) => {
      const latest = selectLatestOwnGroup(snapshot, participantId);
      const shown = latest && !SHOWN_ON[snapshot.phase]?.includes(latest.kind);
      return shown
        ? { kind: latest.kind, group: latest.group, roster: snapshot.roster }
        : { kind: null, group: null, roster: null };
    },
    isShallowEqual,
  );
  if (!kind || !group || !roster) return null;
  const names = new Map(roster.map((entry) => [entry.participantId, entry.name]));
  return (
    <GroupDrawer
      title={t(`myGroup.title.${kind}`, {
        group: formatGroupTitle(group, (number) => t('groups.groupNumber', { number })),
      })}
      label={group.label}
      members={group.members.map((member) => ({
        id: member,
        name: names.get(member) || t('answers.anonymous'),
        isYou: member === participantId,
      }))}
    />
  );
}
