import type { Phase } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { STEPS } from '../../steps/stepRegistry.ts';

interface PhaseStepperProps {
  /** The step every device shows. */
  live: Phase;
  /** The step on the facilitator's screen: the live one, or one being previewed. */
  viewed: Phase;
  onView: (phase: Phase) => void;
}

/** Every step of the method; choosing one previews it on this screen only, starting is a separate action. */
export function PhaseStepper({ live, viewed, onView }: PhaseStepperProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('phases.label')} className="phase-stepper">
      <ol>
        {STEPS.map((step, index) =>
          step.kind === 'upcoming' ? (
            <li key={step.id}>
              <span className="step step-upcoming" data-testid="step-upcoming">
                <span className="step-number" aria-hidden="true">
                  {index + 1}
                </span>
                {t(`phases.${step.id}`)}
                <span className="step-badge">{t('phases.comingNext')}</span>
              </span>
            </li>
          ) : (
            <li key={step.phase}>
              <button
                type="button"
                className={[
                  'step',
                  step.phase === viewed ? 'step-current' : '',
                  step.phase === live ? 'step-live' : '',
                ].join(' ')}
                aria-current={step.phase === viewed ? 'step' : undefined}
                onClick={() => onView(step.phase)}
                onPointerEnter={() => void step.facilitator.preload()}
              >
                <span className="step-number" aria-hidden="true">
                  {step.phase === 'end' ? '✓' : index + 1}
                </span>
                {t(`phases.${step.phase}`)}
                {step.phase === live ? (
                  <span className="step-badge step-badge-live">{t('phases.live')}</span>
                ) : null}
              </button>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
