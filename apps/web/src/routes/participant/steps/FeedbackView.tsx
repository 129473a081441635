import { lazy, Suspense } from 'react';
import { loadEvaluationMessages } from '../../../i18n/setupI18n.ts';
import type { ParticipantStepProps } from '../../../steps/stepProps.ts';

// Step 6 travels as its own chunk with its own messages, fetched when the step starts.
const EvaluationScreen = lazy(() =>
  Promise.all([import('../evaluation/EvaluationScreen.tsx'), loadEvaluationMessages()]).then(([module]) => ({
    default: module.EvaluationScreen,
  })),
);

/** Step 6 on a phone or laptop: the productions to evaluate, then what others said of the group's own. */
export function FeedbackView(props: ParticipantStepProps) {
  return (
    <Suspense fallback={null}>
      <EvaluationScreen {...props} />
    </Suspense>
  );
}
