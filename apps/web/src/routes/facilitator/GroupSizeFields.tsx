import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import type { GroupSizesCheck, GroupSizesText } from './parseGroupSizes.ts';

const LABELS: Record<keyof GroupSizesText, string> = {
  min: 'groups.sizeMin',
  target: 'groups.sizeTarget',
  max: 'groups.sizeMax',
};
const FIELDS = ['min', 'target', 'max'] as const;

/** Minimum, target and maximum people per group, kept as typed; a mistake is explained under the fields. */
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
  const problems = check.ok ? [] : check.problems;
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
                onChange={(event) => onChange({ ...sizes, [field]: event.target.value })}
              />
            </div>
          );
        })}
      </div>
      {problems.length > 0 ? (
        <div id={`${id}-errors`}>
          <Notice tone="error">
            {problems.map((problem) => (
              <p key={problem.field} className="size-error">
                {t(`groups.sizeErrors.${problem.code}`, { field: t(LABELS[problem.field]) })}
              </p>
            ))}
          </Notice>
        </div>
      ) : null}
    </fieldset>
  );
}
