import { useTranslation } from 'react-i18next';
import type { FacilitatorStepProps } from '../../steps/stepProps.ts';

/** Step 4 for the facilitator (placeholder until the facilitator's create screen lands). */
export function CreateStep(_props: FacilitatorStepProps) {
  const { t } = useTranslation();
  return <h2>{t('phases.create')}</h2>;
}
