import type { Phase } from '@peerloom/session-model';
import type { ParticipantStepProps } from './stepProps.ts';
import { type StepScreen, screen } from './stepScreen.ts';

/**
 * The participant's screen of each step. Apart from the step registry (`stepRegistry.ts`), whose facilitator and
 * projector screens a phone never shows: only this list is in a phone's first download.
 */
export const PARTICIPANT_SCREENS: Record<Phase, StepScreen<ParticipantStepProps>> = {
  warmup: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.WarmupView)),
  mix: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.MixView)),
  share: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.ShareView)),
  match: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.MatchView)),
  create: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.CreateView)),
  // Its own chunk, like the end screen: step 5 is not part of what a phone loads to join.
  teach: screen(() => import('../routes/participant/steps/TeachView.tsx').then((m) => m.TeachView)),
  feedback: screen(() =>
    import('../routes/participant/evaluation/EvaluationScreen.tsx').then((m) => m.EvaluationScreen),
  ),
  // Its own chunk: the end screen (and the comments it opens) is not part of what a phone loads to join.
  end: screen(() => import('../routes/participant/steps/EndView.tsx').then((m) => m.EndView)),
};

/** Starts loading every step's participant screen, so a step change never waits on the network. */
export function preloadParticipantScreens(): void {
  for (const screen of Object.values(PARTICIPANT_SCREENS)) void screen.preload();
}
