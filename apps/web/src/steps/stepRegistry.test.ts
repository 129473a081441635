import { PHASES } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';
import { getNextStep, getStep, isGoingBack, READY_STEPS, STEPS } from './stepRegistry.ts';

describe('the step registry', () => {
  it('declares every phase of the model exactly once, in the model order, with the upcoming steps before the end', () => {
    expect(READY_STEPS.map((step) => step.phase)).toEqual([...PHASES]);
    for (const phase of PHASES) expect(getStep(phase).phase).toBe(phase);
    expect(STEPS.map((step) => (step.kind === 'ready' ? step.phase : step.id))).toEqual([
      'warmup',
      'mix',
      'share',
      'match',
      'create',
      'teach',
      'feedback',
      'end',
    ]);
  });

  it('gives every step a screen for the facilitator, the phones and the projector', () => {
    for (const step of READY_STEPS) {
      expect(step.facilitator.Component).toBeDefined();
      expect(step.participant.Component).toBeDefined();
      expect(step.projector.Component).toBeDefined();
    }
  });

  it('knows the next step and which starts send everyone back', () => {
    expect(getNextStep('warmup')?.phase).toBe('mix');
    expect(getNextStep('match')?.phase).toBe('create');
    expect(getNextStep('create')?.phase).toBe('teach');
    expect(getNextStep('teach')?.phase).toBe('feedback');
    expect(getNextStep('feedback')?.phase).toBe('end');
    expect(getNextStep('end')).toBeNull();
    expect(isGoingBack('share', 'mix')).toBe(true);
    expect(isGoingBack('share', 'match')).toBe(false);
    expect(isGoingBack('share', 'share')).toBe(false);
  });
});
