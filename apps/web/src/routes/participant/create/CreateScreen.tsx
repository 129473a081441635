import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../../components/formatGroupTitle.ts';
import { Notice } from '../../../components/Notice.tsx';
import { useProduction, useProductionContent, useProductionStatus } from '../../../session/useProduction.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { ParticipantWhatNow } from '../ParticipantWhatNow.tsx';
import { selectOwnProduction } from '../selectOwnProduction.ts';
import { CreateTimers } from './CreateTimers.tsx';
import { CreationMessage } from './CreationMessage.tsx';
import { GroupMembers } from './GroupMembers.tsx';
import { memberColor } from './memberColor.ts';
import { ProductionFields } from './ProductionFields.tsx';
import { ProductionStatus } from './ProductionStatus.tsx';
import { useGroupPresence } from './useGroupPresence.ts';
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
  const content = useProductionContent(opened);
  const status = useProductionStatus(opened);
  const name = snapshot.roster.find((entry) => entry.participantId === participantId)?.name ?? '';
  const user = useMemo(
    () => ({ name: name || t('answers.anonymous'), color: memberColor(participantId) }),
    [name, participantId, t],
  );
  const peers = useGroupPresence(opened, { ...user, participantId });
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
            <ProductionStatus status={status} />
          </div>
          <GroupMembers
            snapshot={snapshot}
            production={production}
            participantId={participantId}
            peers={peers}
          />
          {production.label.length > 0 ? (
            <p className="group-label create-label">{production.label.join(', ')}</p>
          ) : null}
          {opened ? (
            <ProductionFields
              snapshot={snapshot}
              production={production}
              opened={opened}
              content={content}
              user={user}
              editable={!production.retired}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
