import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../../components/formatGroupTitle.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useProduction } from '../../../session/useProduction.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { ParticipantWhatNow } from '../ParticipantWhatNow.tsx';
import { selectOwnProduction } from '../selectOwnProduction.ts';
import { CreateTimers } from './CreateTimers.tsx';
import { CreationMessage } from './CreationMessage.tsx';
import { GroupMembers } from './GroupMembers.tsx';
import { memberColor } from './memberColor.ts';
import { ProductionFields } from './ProductionFields.tsx';
import { ProductionStatus } from './ProductionStatus.tsx';
import { useOwnPresence } from './useGroupPresence.ts';
import { useHeaderOffset } from './useHeaderOffset.ts';
import './create.css';

/**
 * Step 4 on a participant's device: their group's production, written together live, field by field, with their
 * role, the countdowns, the facilitator's message and who of the group is here.
 */
export function CreateScreen({ snapshot, participantId, handle }: ParticipantStepProps) {
  const { t } = useTranslation();
  const { production, left } = selectOwnProduction(snapshot, participantId);
  const opened = useProduction(handle, production);
  const name = snapshot.roster.find((entry) => entry.participantId === participantId)?.name ?? '';
  // Joined, so the editors' user changes only when the group does, not with every new snapshot.
  const memberKey = production?.members.join(',') ?? '';
  const user = useMemo(
    () => ({ name: name || t('answers.anonymous'), color: memberColor(participantId, memberKey.split(',')) }),
    [name, participantId, memberKey, t],
  );
  useOwnPresence(opened, { ...user, participantId });
  useHeaderOffset();
  const numbered = (number: number) => t('groups.groupNumber', { number });
  const message = snapshot.creation.message;

  return (
    <section aria-labelledby="create-title" className="create">
      <h1 id="create-title">
        {production
          ? t('production.title', { group: formatGroupTitle(production, numbered) })
          : t('phases.create')}
      </h1>
      {message ? <CreationMessage text={message.text} /> : null}
      <ParticipantWhatNow snapshot={snapshot} participantId={participantId} />
      {left ? (
        <Notice tone="info">
          {production
            ? t('production.movedNote', {
                from: formatGroupTitle(left, numbered),
                to: formatGroupTitle(production, numbered),
              })
            : t('production.leftNote', { from: formatGroupTitle(left, numbered) })}
        </Notice>
      ) : null}
      {production ? (
        <>
          <div className="create-bar">
            <CreateTimers snapshot={snapshot} production={production} />
            <ProductionStatus opened={opened} />
          </div>
          <GroupMembers
            snapshot={snapshot}
            production={production}
            participantId={participantId}
            opened={opened}
          />
          {opened ? (
            <ProductionFields
              snapshot={snapshot}
              production={production}
              opened={opened}
              user={user}
              editable={!production.retired}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
