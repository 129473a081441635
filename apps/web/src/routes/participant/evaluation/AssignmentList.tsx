import type { Production } from '@peerloom/session-model';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface AssignmentItem {
  readonly production: Production;
  readonly title: string;
  /** 'mine': this person sent it; 'group': someone of their group did (evaluating together); else to do. */
  readonly status: 'mine' | 'group' | 'todo';
}

interface AssignmentListProps {
  items: readonly AssignmentItem[];
  onOpen: (productionId: string) => void;
}

/** The productions this person evaluates, each with its state and the button that opens it. */
export function AssignmentList({ items, onOpen }: AssignmentListProps) {
  const { t } = useTranslation();
  const id = useId();
  const statusLabel = {
    mine: 'evaluation.statusDone',
    group: 'evaluation.statusGroupDone',
    todo: 'evaluation.statusTodo',
  };
  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid="my-assignments">
      <h2 id={`${id}-title`}>{t('evaluation.myAssignments')}</h2>
      {items.length === 0 ? <p className="hint">{t('evaluation.nothingAssigned')}</p> : null}
      <ul className="assignment-list">
        {items.map((item) => (
          <li key={item.production.id} className="assignment" data-testid="assignment">
            <span className="assignment-title">{item.title}</span>
            <span className={item.status === 'todo' ? 'badge badge-warning' : 'badge badge-success'}>
              {t(statusLabel[item.status])}
            </span>
            <button
              type="button"
              className={item.status === 'mine' ? 'secondary' : undefined}
              onClick={() => onOpen(item.production.id)}
            >
              {item.status === 'mine' ? t('evaluation.editEvaluation') : t('evaluation.evaluate')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
