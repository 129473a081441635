import { useTranslation } from 'react-i18next';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { ParticipantWhatNow } from '../ParticipantWhatNow.tsx';
import { ShareStep } from '../ShareStep.tsx';

/** Step 2 on a phone: the question, one's answer, then everyone's answers. */
export function ShareView({ snapshot, store, participantId }: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="share-title">
      <h1 id="share-title" className="phase-heading">
        {t('phases.share')}
      </h1>
      <ParticipantWhatNow snapshot={snapshot} participantId={participantId} />
      <ShareStep snapshot={snapshot} store={store} participantId={participantId} />
    </section>
  );
}
