import { useTranslation } from 'react-i18next';
import { WarmupItemView } from '../../../components/WarmupItemView.tsx';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { ParticipantWhatNow } from '../ParticipantWhatNow.tsx';

/** Step 0 on a phone: the facilitator's warm-up items. */
export function WarmupView({ snapshot, participantId }: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="warmup-title">
      <h1 id="warmup-title">{t('phases.warmup')}</h1>
      <ParticipantWhatNow snapshot={snapshot} participantId={participantId} />
      {snapshot.warmup.map((item) => (
        <WarmupItemView key={item.id} item={item} headingLevel={2} />
      ))}
    </section>
  );
}
