import { useTranslation } from 'react-i18next';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { GroupView } from '../GroupView.tsx';
import { ParticipantWhatNow } from '../ParticipantWhatNow.tsx';

/** Step 3 on a phone: the thematic group once published. */
export function MatchView({ snapshot, participantId }: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="match-title">
      <h1 id="match-title">{t('phases.match')}</h1>
      <ParticipantWhatNow snapshot={snapshot} participantId={participantId} />
      <GroupView snapshot={snapshot} participantId={participantId} kind="thematic" />
    </section>
  );
}
