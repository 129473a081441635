import type { Phase } from '@peerloom/session-model';
import { createElement } from 'react';
import { loadClassesMessages, loadCreateMessages } from '../i18n/setupI18n.ts';
import { PARTICIPANT_SCREENS } from './participantSteps.ts';
import type { FacilitatorStepProps, ParticipantStepProps, ProjectorStepProps } from './stepProps.ts';
import { type StepScreen, screen } from './stepScreen.ts';

/** A step of the method this build runs: its screen for each kind of device, declared once. */
export interface ReadyStep {
  readonly kind: 'ready';
  readonly phase: Phase;
  readonly facilitator: StepScreen<FacilitatorStepProps>;
  readonly participant: StepScreen<ParticipantStepProps>;
  readonly projector: StepScreen<ProjectorStepProps>;
}

/** A step of the method that is not in this build yet: shown as "coming next", never started. */
export interface UpcomingStep {
  readonly kind: 'upcoming';
  readonly id: 'teach' | 'feedback';
}

export type StepEntry = ReadyStep | UpcomingStep;

const projectorGroups = (kind: 'diverse' | 'thematic') =>
  screen<ProjectorStepProps>(() =>
    import('../routes/projector/ProjectorGroups.tsx').then(
      (m) =>
        function ProjectorGroupsStep(props: ProjectorStepProps) {
          return createElement(m.ProjectorGroups, { ...props, kind });
        },
    ),
  );

/** The six-step method as this build runs it; a new step plugs in by adding its entry here. */
export const STEPS: readonly StepEntry[] = [
  {
    kind: 'ready',
    phase: 'warmup',
    facilitator: screen(() => import('../routes/facilitator/WarmupStep.tsx').then((m) => m.WarmupStep)),
    participant: PARTICIPANT_SCREENS.warmup,
    projector: screen(() => import('../routes/projector/ProjectorWarmup.tsx').then((m) => m.ProjectorWarmup)),
  },
  {
    kind: 'ready',
    phase: 'mix',
    facilitator: screen(() => import('../routes/facilitator/MixStep.tsx').then((m) => m.MixStep)),
    participant: PARTICIPANT_SCREENS.mix,
    projector: projectorGroups('diverse'),
  },
  {
    kind: 'ready',
    phase: 'share',
    facilitator: screen(() => import('../routes/facilitator/QuestionPanel.tsx').then((m) => m.QuestionPanel)),
    participant: PARTICIPANT_SCREENS.share,
    projector: screen(() => import('../routes/projector/ProjectorShare.tsx').then((m) => m.ProjectorShare)),
  },
  {
    kind: 'ready',
    phase: 'match',
    facilitator: screen(() => import('../routes/facilitator/MatchStep.tsx').then((m) => m.MatchStep)),
    participant: PARTICIPANT_SCREENS.match,
    projector: projectorGroups('thematic'),
  },
  {
    kind: 'ready',
    phase: 'create',
    // The facilitator's drawer edits fields too: the editor's labels come with step 4's messages.
    facilitator: screen(() =>
      Promise.all([import('../routes/facilitator/CreateStep.tsx'), loadCreateMessages()]).then(
        ([m]) => m.CreateStep,
      ),
    ),
    participant: PARTICIPANT_SCREENS.create,
    projector: screen(() => import('../routes/projector/ProjectorCreate.tsx').then((m) => m.ProjectorCreate)),
  },
  {
    kind: 'ready',
    phase: 'teach',
    facilitator: screen(() =>
      Promise.all([import('../routes/facilitator/teach/TeachStep.tsx'), loadClassesMessages()]).then(
        ([m]) => m.TeachStep,
      ),
    ),
    participant: PARTICIPANT_SCREENS.teach,
    projector: screen(() =>
      Promise.all([import('../routes/projector/ProjectorTeach.tsx'), loadClassesMessages()]).then(
        ([m]) => m.ProjectorTeach,
      ),
    ),
  },
  {
    kind: 'ready',
    phase: 'feedback',
    facilitator: screen(() =>
      import('../routes/facilitator/evaluation/EvaluationStep.tsx').then((m) => m.EvaluationStep),
    ),
    participant: PARTICIPANT_SCREENS.feedback,
    projector: screen(() =>
      import('../routes/projector/ProjectorEvaluation.tsx').then((m) => m.ProjectorEvaluation),
    ),
  },
  {
    kind: 'ready',
    phase: 'end',
    facilitator: screen(() => import('../routes/facilitator/EndStep.tsx').then((m) => m.EndStep)),
    participant: PARTICIPANT_SCREENS.end,
    projector: screen(() => import('../routes/projector/ProjectorEnd.tsx').then((m) => m.ProjectorEnd)),
  },
];

/** The steps that can run, in order. */
export const READY_STEPS: readonly ReadyStep[] = STEPS.filter(
  (step): step is ReadyStep => step.kind === 'ready',
);

/** Starts loading every step's screen for one kind of device, so a step change never waits on the network. */
export function preloadStepScreens(device: 'facilitator' | 'participant' | 'projector'): void {
  for (const step of READY_STEPS) void step[device].preload();
}

/** The entry of a phase; every phase of the model has one (checked by a test). */
export function getStep(phase: Phase): ReadyStep {
  const found = READY_STEPS.find((step) => step.phase === phase);
  if (!found) throw new Error(`No step is registered for phase ${phase}`);
  return found;
}

/** The step after `phase` that can run, or null at the last one. */
export function getNextStep(phase: Phase): ReadyStep | null {
  const index = READY_STEPS.findIndex((step) => step.phase === phase);
  return READY_STEPS[index + 1] ?? null;
}

/** Whether starting `target` while `live` runs sends everyone back to an earlier step. */
export const isGoingBack = (live: Phase, target: Phase): boolean =>
  READY_STEPS.findIndex((step) => step.phase === target) <
  READY_STEPS.findIndex((step) => step.phase === live);
