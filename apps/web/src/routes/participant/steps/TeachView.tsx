import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadClassesMessages } from '../../../i18n/setupI18n.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';

// Step 5 travels as its own chunk with its own messages, fetched when the step starts.
const TeachScreen = lazy(() =>
  Promise.all([import('../teach/TeachScreen.tsx'), loadClassesMessages()]).then(([module]) => ({
    default: module.TeachScreen,
  })),
);

/** Step 5 on a phone or laptop: the mini classes, where the person teaches, and their sign-ups. */
export function TeachView(props: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="hint" aria-live="polite">
          {t('participant.loadingTeach')}
        </p>
      }
    >
      <TeachScreen {...props} />
    </Suspense>
  );
}
