import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadCreateMessages } from '../../../i18n/setupI18n.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';

// Step 4 is the biggest screen a phone shows: it travels as its own chunk with its own messages, fetched when
// the step starts.
const CreateScreen = lazy(() =>
  Promise.all([import('../create/CreateScreen.tsx'), loadCreateMessages()]).then(([module]) => ({
    default: module.CreateScreen,
  })),
);

/** Step 4 on a phone or laptop: the group's production. */
export function CreateView(props: ParticipantStepProps) {
  const { t } = useTranslation();
  return (
    <Suspense
      fallback={
        <p className="hint" aria-live="polite">
          {t('participant.loadingCreate')}
        </p>
      }
    >
      <CreateScreen {...props} />
    </Suspense>
  );
}
