import type { Phase } from '@peerloom/session-model';

/** The steps this build has screens for; the model knows more, and they join as their screens land. */
const OFFERED_PHASES: readonly Phase[] = ['warmup', 'mix', 'share', 'match'];

import { useTranslation } from 'react-i18next';

export function PhaseStepper({ phase, onSelect }: { phase: Phase; onSelect: (phase: Phase) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('phases.label')} className="phase-stepper">
      <ol>
        {OFFERED_PHASES.map((candidate, index) => (
          <li key={candidate}>
            <button
              type="button"
              className={candidate === phase ? 'step step-current' : 'step'}
              aria-current={candidate === phase ? 'step' : undefined}
              onClick={() => onSelect(candidate)}
            >
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`phases.${candidate}`)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
