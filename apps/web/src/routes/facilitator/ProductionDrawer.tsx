import {
  FROM_ANSWERS_FIELD_ID,
  type Production,
  ROLE_NAMES,
  type RoleName,
  type SessionSnapshot,
  type SessionStore,
} from '@peerloom/session-model';
import { useEffect, useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatGroupTitle } from '../../components/formatGroupTitle.ts';
import { Notice } from '../../components/Notice.tsx';
import { useCommandRunner } from '../../session/useCommandRunner.ts';
import type { ProductionHandle } from '../../session/useProduction.ts';
import { useProductionContent } from '../../session/useProduction.ts';
import { useEditorLabels } from '../participant/create/useEditorLabels.ts';
import { ProductionFieldView } from './ProductionFieldView.tsx';
import { TimerControls } from './TimerControls.tsx';

/** The facilitator's caret in a group's fields: the danger red, unlike any member's colour. */
const FACILITATOR_COLOR = '#a4161a';

interface ProductionDrawerProps {
  production: Production;
  snapshot: SessionSnapshot;
  store: SessionStore;
  /** The production's hub document and model, once open. */
  opened: ProductionHandle | null;
  online: ReadonlySet<string>;
  now: number;
  onClose: () => void;
}

/** One production opened from the wall: members and roles, its own timer, and every field's text. */
export function ProductionDrawer({
  production,
  snapshot,
  store,
  opened,
  online,
  now,
  onClose,
}: ProductionDrawerProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const { error, run } = useCommandRunner();
  const content = useProductionContent(opened);
  const labels = useEditorLabels();
  const facilitatorName = t('create.facilitatorName');
  // A new object on every render would make each field editor announce the facilitator again, every second.
  const user = useMemo(() => ({ name: facilitatorName, color: FACILITATOR_COLOR }), [facilitatorName]);
  const names = new Map(snapshot.roster.map((entry) => [entry.participantId as string, entry.name]));
  const nameOf = (member: string) => names.get(member) || t('answers.anonymous');
  const title = formatGroupTitle(production, (number) => t('groups.groupNumber', { number }));
  const active = snapshot.template.filter((field) => field.removedAt === null);
  const removedWithText = snapshot.template.filter(
    (field) => field.removedAt !== null && (content.fields[field.id]?.words ?? 0) > 0,
  );

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  return (
    <dialog
      ref={dialog}
      className="production-drawer"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      onCancel={onClose}
      data-testid="production-drawer"
    >
      <header className="production-drawer-header">
        <h3 id={`${id}-title`}>{title}</h3>
        <button type="button" className="secondary" onClick={() => dialog.current?.close()}>
          {t('create.close')}
        </button>
      </header>
      <div className="production-drawer-body">
        {production.retired ? <Notice tone="info">{t('create.retiredNotice')}</Notice> : null}
        {error ? <Notice tone="error">{error}</Notice> : null}
        <fieldset className="roles">
          <legend>{t('create.rolesTitle')}</legend>
          <ul className="production-members">
            {production.members.map((member) => (
              <li
                key={member}
                className={online.has(member) ? 'production-member is-online' : 'production-member'}
              >
                <span className="online-dot" aria-hidden="true" />
                {nameOf(member)}
                <span className="hint">
                  {online.has(member) ? t('create.memberOnline') : t('create.memberAway')}
                </span>
              </li>
            ))}
          </ul>
          {production.retired ? null : (
            <div className="role-selects">
              {ROLE_NAMES.map((role: RoleName) => (
                <div key={role} className="field">
                  <label htmlFor={`${id}-${role}`}>{t(`create.roles.${role}`)}</label>
                  <select
                    id={`${id}-${role}`}
                    value={production.roles[role] ?? ''}
                    onChange={(event) =>
                      run(() => store.commands.setRole(production.id, role, event.target.value || null))
                    }
                  >
                    <option value="">{t('create.nobody')}</option>
                    {production.members.map((member) => (
                      <option key={member} value={member}>
                        {nameOf(member)}
                      </option>
                    ))}
                  </select>
                </div>
              ))}
            </div>
          )}
        </fieldset>
        {production.retired ? null : (
          <details className="drawer-timer" open={snapshot.timers[production.id] ? true : undefined}>
            <summary>{t('create.groupTimer')}</summary>
            <TimerControls
              scope={production.id}
              timer={snapshot.timers[production.id]}
              now={now}
              store={store}
              run={run}
              label={t('create.groupTimerOf', { title })}
              compact
            />
          </details>
        )}
        {opened ? (
          <div className="production-fields">
            {production.seed && (content.fields[FROM_ANSWERS_FIELD_ID]?.words ?? 0) > 0 ? (
              <ProductionFieldView
                opened={opened}
                user={user}
                labels={labels}
                fieldId={FROM_ANSWERS_FIELD_ID}
                title={t('create.fromAnswersField')}
                hint=""
                example=""
              />
            ) : null}
            {active.map((field) => (
              <ProductionFieldView
                key={field.id}
                opened={opened}
                user={user}
                labels={labels}
                fieldId={field.id}
                title={field.title}
                hint={field.hint}
                example={field.example}
              />
            ))}
            {removedWithText.map((field) => (
              <ProductionFieldView
                key={field.id}
                opened={opened}
                user={user}
                labels={labels}
                fieldId={field.id}
                title={field.title}
                hint=""
                example=""
                removed
              />
            ))}
          </div>
        ) : (
          <p className="hint">{t('create.loadingProgress')}</p>
        )}
      </div>
    </dialog>
  );
}
