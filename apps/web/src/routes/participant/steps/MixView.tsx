import { useTranslation } from 'react-i18next';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';
import { GroupView } from '../GroupView.tsx';
import { ParticipantWhatNow } from '../ParticipantWhatNow.tsx';
import { ProfileForm } from '../ProfileForm.tsx';

/** Step 1 on a phone: the profile form, then the diverse group once published. */
export function MixView({ snapshot, store, participantId }: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="mix-title">
      <h1 id="mix-title">{t('phases.mix')}</h1>
      <ParticipantWhatNow snapshot={snapshot} participantId={participantId} />
      <ProfileForm snapshot={snapshot} store={store} participantId={participantId} />
      <GroupView snapshot={snapshot} participantId={participantId} kind="diverse" />
    </section>
  );
}
