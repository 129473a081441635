import { type Production, ROLE_NAMES, type RoleName } from '@peerloom/session-model';
import { useTranslation } from 'react-i18next';
import { FieldPills } from '../../components/FieldPills.tsx';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import type { ProgressSummary } from '../../session/summarizeProgress.ts';
import type { LastEdit } from './describeLastEdit.ts';

interface ProductionCardProps {
  production: Production;
  summary: ProgressSummary;
  online: ReadonlySet<string>;
  names: ReadonlyMap<string, string>;
  lastEdit: LastEdit;
  /** The production's document has not arrived yet: figures are not known. */
  loading: boolean;
  onOpen: () => void;
}

/** One production on the facilitator's wall: who, where, how far, how recently; a tap opens it. */
export function ProductionCard({
  production,
  summary,
  online,
  names,
  lastEdit,
  loading,
  onOpen,
}: ProductionCardProps) {
  const { t } = useTranslation();
  const title = formatGroupTitle(production, (number) => t('groups.groupNumber', { number }));
  const rolesOf = new Map<string, RoleName[]>();
  for (const role of ROLE_NAMES) {
    const holder = production.roles[role];
    if (holder) rolesOf.set(holder, [...(rolesOf.get(holder) ?? []), role]);
  }
  const onlineCount = production.members.filter((member) => online.has(member)).length;
  return (
    <li
      className={production.retired ? 'production-card production-retired' : 'production-card'}
      data-testid="production-card"
    >
      <button
        type="button"
        className="production-open"
        onClick={onOpen}
        aria-label={t('create.openProduction', { title })}
      >
        <span className="production-title">{title}</span>
        <span className={onlineCount > 0 ? 'online-count online-some' : 'online-count'}>
          <span className="online-dot" aria-hidden="true" />
          {t('create.onlineCount', { count: onlineCount, total: production.members.length })}
        </span>
      </button>
      <FieldPills summary={summary} />
      <p className="production-figures" data-testid="production-figures">
        {loading ? (
          t('create.loadingProgress')
        ) : (
          <>
            <span>{t('create.filledCount', { count: summary.filled, total: summary.total })}</span>
            <span data-testid="production-words">{t('create.words', { count: summary.words })}</span>
            <span>
              {t(`create.lastEdit.${lastEdit.unit}`, { count: 'count' in lastEdit ? lastEdit.count : 0 })}
            </span>
          </>
        )}
      </p>
      <ul className="production-members" aria-label={t('create.membersOf', { title })}>
        {production.members.map((member) => {
          const roles = rolesOf.get(member) ?? [];
          return (
            <li
              key={member}
              className={online.has(member) ? 'production-member is-online' : 'production-member'}
            >
              <span className="online-dot" aria-hidden="true" />
              {names.get(member) || t('answers.anonymous')}
              {roles.map((role) => (
                <span key={role} className="role-badge">
                  {t(`create.roles.${role}`)}
                </span>
              ))}
              <span className="visually-hidden">
                {online.has(member) ? t('create.memberOnline') : t('create.memberAway')}
              </span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
