import { useTranslation } from 'react-i18next';
import type { ProjectorStepProps } from '../../steps/stepProps.ts';

/** Step 4 on the projector (placeholder until the projector's create screen lands). */
export function ProjectorCreate(_props: ProjectorStepProps) {
  const { t } = useTranslation();
  return <h1 className="projector-pending-title">{t('phases.create')}</h1>;
}
