import { selectPublishedGroupCount } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import type { ProjectorStepProps } from '../../steps/stepProps.ts';

/** After the last step on the projector: thanks, and what the room made together. */
export function ProjectorEnd({ snapshot }: ProjectorStepProps) {
  const { t } = useTranslation();
  const groups = selectPublishedGroupCount(snapshot);
  const answers = snapshot.answers.filter((answer) => !answer.hidden).length;
  return (
    <div className="projector-pending projector-end">
      <h1 className="projector-pending-title">{t('end.projectorTitle')}</h1>
      <p className="projector-lead" data-testid="projector-end">
        {[
          t('projector.joined', { count: snapshot.roster.length }),
          t('answers.count', { count: answers }),
          t('projector.groupCount', { count: groups }),
        ].join(' · ')}
      </p>
    </div>
  );
}
