import type { Phase } from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmBox } from '../../components/ConfirmBox.tsx';
import { getNextStep, isGoingBack } from '../../steps/stepRegistry.ts';

interface StepControlProps {
  live: Phase;
  viewed: Phase;
  onView: (phase: Phase) => void;
  onStart: (phase: Phase) => void;
}

/**
 * The one next action of the cockpit: on the live step, preview the next one; on a previewed step, start it for
 * everyone (asking first when that sends everyone back).
 */
export function StepControl({ live, viewed, onView, onStart }: StepControlProps) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState<Phase | null>(null);
  const stepName = (phase: Phase) => t(`phases.${phase}`);

  if (viewed === live) {
    const next = getNextStep(live);
    return (
      <div className="step-control step-control-live" data-testid="step-control">
        <p className="step-control-state">
          <span className="live-dot" aria-hidden="true" /> {t('cockpit.liveNow', { step: stepName(live) })}
        </p>
        {next ? (
          <button
            type="button"
            className="secondary"
            onClick={() => onView(next.phase)}
            onPointerEnter={() => void next.facilitator.preload()}
          >
            {t('cockpit.previewNext', { step: stepName(next.phase) })}
          </button>
        ) : null}
      </div>
    );
  }

  const back = isGoingBack(live, viewed);
  return (
    <section
      className="step-control step-control-preview"
      data-testid="step-control"
      aria-label={t('cockpit.previewRegion')}
    >
      <p className="step-control-state">
        {t('cockpit.previewing', { step: stepName(viewed), live: stepName(live) })}
      </p>
      {confirming === viewed ? (
        <ConfirmBox
          message={t('cockpit.confirmBack', { step: stepName(viewed), live: stepName(live) })}
          confirmLabel={t('cockpit.confirmBackYes', { step: stepName(viewed) })}
          onConfirm={() => {
            setConfirming(null);
            onStart(viewed);
          }}
          onCancel={() => setConfirming(null)}
        />
      ) : (
        <div className="button-row">
          <button type="button" onClick={() => (back ? setConfirming(viewed) : onStart(viewed))}>
            {back
              ? t('cockpit.backForEveryone', { step: stepName(viewed) })
              : t('cockpit.startForEveryone', { step: stepName(viewed) })}
          </button>
          <button type="button" className="secondary" onClick={() => onView(live)}>
            {t('cockpit.returnToLive', { step: stepName(live) })}
          </button>
        </div>
      )}
    </section>
  );
}
