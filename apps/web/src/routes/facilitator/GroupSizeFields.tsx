import { LIMITS } from '@peerloom/session-model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupSizesCheck, GroupSizesText } from './parseGroupSizes.ts';

const LABELS: Record<keyof GroupSizesText, string> = {
  min: 'groups.sizeMin',
  target: 'groups.sizeTarget',
  max: 'groups.sizeMax',
};
const FIELDS = ['min', 'target', 'max'] as const;

/**
 * Minimum, target and maximum people per group, kept as typed. A mistake is explained under the fields
 * once a field loses focus, politely (clearing a field to type a new number is not an error yet), and
 * hidden again while its field is being edited.
 */
export function GroupSizeFields({
  sizes,
  check,
  onChange,
}: {
  sizes: GroupSizesText;
  check: GroupSizesCheck;
  onChange: (sizes: GroupSizesText) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [shown, setShown] = useState<ReadonlySet<keyof GroupSizesText>>(new Set());
  const problems = check.ok ? [] : check.problems.filter((problem) => shown.has(problem.field));
  const reveal = () => setShown(new Set(check.ok ? [] : check.problems.map((problem) => problem.field)));
  const edit = (field: keyof GroupSizesText, value: string) => {
    setShown((current) => new Set([...current].filter((other) => other !== field)));
    onChange({ ...sizes, [field]: value });
  };
  return (
    <fieldset className="matching-fieldset">
      <legend>{t('groups.sizesTitle')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('groups.sizesHint')}
      </p>
      <div className="size-fields">
        {FIELDS.map((field) => {
          const invalid = problems.some((problem) => problem.field === field);
          return (
            <div key={field}>
              <label htmlFor={`${id}-${field}`}>{t(LABELS[field])}</label>
              <input
                id={`${id}-${field}`}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={sizes[field]}
                aria-invalid={invalid}
                aria-describedby={invalid ? `${id}-errors` : `${id}-hint`}
                onChange={(event) => edit(field, event.target.value)}
                onBlur={reveal}
              />
            </div>
          );
        })}
      </div>
      {/* Always present, so that screen readers announce what appears in it. */}
      <div id={`${id}-errors`} role="status" data-testid="size-errors">
        {problems.length > 0 ? (
          <div className="notice notice-error">
            {problems.map((problem) => (
              <p key={problem.field} className="size-error">
                {t(`groups.sizeErrors.${problem.code}`, {
                  field: t(LABELS[problem.field]),
                  max: LIMITS.groupSizeMax,
                })}
              </p>
            ))}
          </div>
        ) : null}
      </div>
    </fieldset>
  );
}
