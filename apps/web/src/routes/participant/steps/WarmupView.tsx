import { useTranslation } from 'react-i18next';
import { WarmupItemView } from '../../../components/WarmupItemView.tsx';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';

/** Step 0 on a phone: the facilitator's warm-up items. */
export function WarmupView({ snapshot }: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="warmup-title">
      <h1 id="warmup-title">{t('phases.warmup')}</h1>
      {snapshot.warmup.length === 0 ? <p className="waiting">{t('participant.waitingWarmup')}</p> : null}
      {snapshot.warmup.map((item) => (
        <WarmupItemView key={item.id} item={item} headingLevel={2} />
      ))}
    </section>
  );
}
