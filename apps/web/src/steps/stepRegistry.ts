import type { Phase } from '@peerloom/session-model';
import { type ComponentType, createElement, type LazyExoticComponent, lazy } from 'react';
import { loadClassesMessages, loadCreateMessages } from '../i18n/setupI18n.ts';
import type { FacilitatorStepProps, ParticipantStepProps, ProjectorStepProps } from './stepProps.ts';

/** One screen of a step, loaded on first use (so a phone never downloads the facilitator's screens). */
export interface StepScreen<Props> {
  readonly Component: LazyExoticComponent<ComponentType<Props>>;
  /** Starts loading the screen's code ahead of time, e.g. while the previous step runs. */
  readonly preload: () => Promise<unknown>;
}

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

function screen<Props>(load: () => Promise<ComponentType<Props>>): StepScreen<Props> {
  let loading: Promise<{ default: ComponentType<Props> }> | null = null;
  const preload = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  return { Component: lazy(preload), preload };
}

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
    participant: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.WarmupView)),
    projector: screen(() => import('../routes/projector/ProjectorWarmup.tsx').then((m) => m.ProjectorWarmup)),
  },
  {
    kind: 'ready',
    phase: 'mix',
    facilitator: screen(() => import('../routes/facilitator/MixStep.tsx').then((m) => m.MixStep)),
    participant: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.MixView)),
    projector: projectorGroups('diverse'),
  },
  {
    kind: 'ready',
    phase: 'share',
    facilitator: screen(() => import('../routes/facilitator/QuestionPanel.tsx').then((m) => m.QuestionPanel)),
    participant: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.ShareView)),
    projector: screen(() => import('../routes/projector/ProjectorShare.tsx').then((m) => m.ProjectorShare)),
  },
  {
    kind: 'ready',
    phase: 'match',
    facilitator: screen(() => import('../routes/facilitator/MatchStep.tsx').then((m) => m.MatchStep)),
    participant: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.MatchView)),
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
    participant: screen(() => import('../routes/participant/steps/index.ts').then((m) => m.CreateView)),
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
    // Its own chunk, like the end screen: step 5 is not part of what a phone loads to join.
    participant: screen(() => import('../routes/participant/steps/TeachView.tsx').then((m) => m.TeachView)),
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
    participant: screen(() =>
      import('../routes/participant/evaluation/EvaluationScreen.tsx').then((m) => m.EvaluationScreen),
    ),
    projector: screen(() =>
      import('../routes/projector/ProjectorEvaluation.tsx').then((m) => m.ProjectorEvaluation),
    ),
  },
  {
    kind: 'ready',
    phase: 'end',
    facilitator: screen(() => import('../routes/facilitator/EndStep.tsx').then((m) => m.EndStep)),
    // Its own chunk: the end screen (and the comments it opens) is not part of what a phone loads to join.
    participant: screen(() => import('../routes/participant/steps/EndView.tsx').then((m) => m.EndView)),
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
