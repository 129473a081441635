import type { Phase } from '@peerloom/session-model';
import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { FacilitatorStepProps, ParticipantStepProps } from './stepProps.ts';

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
}

/** A step of the method that is not in this build yet: shown as "coming next", never started. */
export interface UpcomingStep {
  readonly kind: 'upcoming';
  readonly id: 'create' | 'teach' | 'feedback';
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

/** The six-step method as this build runs it; a new step plugs in by adding its entry here. */
export const STEPS: readonly StepEntry[] = [
  {
    kind: 'ready',
    phase: 'warmup',
    facilitator: screen(() => import('../routes/facilitator/WarmupStep.tsx').then((m) => m.WarmupStep)),
    participant: screen(() => import('../routes/participant/steps/WarmupView.tsx').then((m) => m.WarmupView)),
  },
  {
    kind: 'ready',
    phase: 'mix',
    facilitator: screen(() => import('../routes/facilitator/MixStep.tsx').then((m) => m.MixStep)),
    participant: screen(() => import('../routes/participant/steps/MixView.tsx').then((m) => m.MixView)),
  },
  {
    kind: 'ready',
    phase: 'share',
    facilitator: screen(() => import('../routes/facilitator/QuestionPanel.tsx').then((m) => m.QuestionPanel)),
    participant: screen(() => import('../routes/participant/steps/ShareView.tsx').then((m) => m.ShareView)),
  },
  {
    kind: 'ready',
    phase: 'match',
    facilitator: screen(() => import('../routes/facilitator/MatchStep.tsx').then((m) => m.MatchStep)),
    participant: screen(() => import('../routes/participant/steps/MatchView.tsx').then((m) => m.MatchView)),
  },
  { kind: 'upcoming', id: 'create' },
  { kind: 'upcoming', id: 'teach' },
  { kind: 'upcoming', id: 'feedback' },
  {
    kind: 'ready',
    phase: 'end',
    facilitator: screen(() => import('../routes/facilitator/EndStep.tsx').then((m) => m.EndStep)),
    participant: screen(() => import('../routes/participant/steps/EndView.tsx').then((m) => m.EndView)),
  },
];

/** The steps that can run, in order. */
export const READY_STEPS: readonly ReadyStep[] = STEPS.filter(
  (step): step is ReadyStep => step.kind === 'ready',
);

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
