import type { GroupingKind, ParticipantId, Phase, SessionSnapshot } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { GroupDrawer } from '../../components/GroupDrawer.tsx';
import { selectLatestOwnGroup } from './selectLatestOwnGroup.ts';

/** The groupings a step's own screen already shows in full; there the drawer would repeat them. */
const SHOWN_ON: Partial<Record<Phase, readonly GroupingKind[]>> = {
  mix: ['diverse'],
  match: ['thematic'],
  create: ['diverse', 'thematic'],
  end: ['diverse', 'thematic'],
};

/** The participant's latest published group, reachable from any step (the Mix group no longer vanishes at Share). */
export function MyGroup({
  snapshot,
  participantId,
}: {
  snapshot: SessionSnapshot;
  participantId: ParticipantId;
}) {
  const { t } = useTranslation();
  const latest = selectLatestOwnGroup(snapshot, participantId);
  if (!latest || SHOWN_ON[snapshot.phase]?.includes(latest.kind)) return null;
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId, entry.name]));
  return (
    <GroupDrawer
      title={t(`myGroup.title.${latest.kind}`, {
        group: formatGroupTitle(latest.group, (number) => t('groups.groupNumber', { number })),
      })}
      label={latest.group.label}
      members={latest.group.members.map((member) => ({
        id: member,
        name: names.get(member) || t('answers.anonymous'),
        isYou: member === participantId,
      }))}
    />
  );
}
