import { getProfileFieldPresets, type ProfileField, type SessionStore } from '@peerloom/session-model';
import { type FormEvent, useId, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

const DEFAULT_MIN = '0';
const DEFAULT_MAX = '100';

/**
 * The facilitator picks the profile questions participants answer: presets, written in the session's
 * language (participants read them as stored), plus fields of their own; number fields have bounds.
 */
export function ProfileFieldsEditor({
  fields,
  store,
  run,
}: {
  fields: readonly ProfileField[];
  store: SessionStore;
  run: (command: () => void) => boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const language = useSyncExternalStore(store.subscribe, () => store.getSnapshot().language);
  const presets = getProfileFieldPresets(language);
  const [label, setLabel] = useState('');
  const [kind, setKind] = useState<'choice' | 'number'>('choice');
  const [options, setOptions] = useState('');
  const [min, setMin] = useState(DEFAULT_MIN);
  const [max, setMax] = useState(DEFAULT_MAX);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen = new Set(fields.map((field) => field.id));
  const toggle = (preset: ProfileField) =>
    run(() =>
      store.commands.setProfileFields(
        chosen.has(preset.id) ? fields.filter((field) => field.id !== preset.id) : [...fields, preset],
      ),
    );
  const addCustom = (event: FormEvent) => {
    event.preventDefault();
    // Each choice once, whatever its case or spacing: a participant should never see the same answer twice.
    const values = [
      ...new Map(
        options
          .split(',')
          .map((option) => option.trim().replace(/\s+/g, ' '))
          .filter(Boolean)
          .map((option) => [option.toLocaleLowerCase(), option] as const),
      ).values(),
    ];
    const low = Number(min.replace(',', '.'));
    const high = Number(max.replace(',', '.'));
    const wrong =
      label.trim() === ''
        ? 'needLabel'
        : kind === 'choice' && values.length < 2
          ? 'needChoices'
          : kind === 'number' &&
              (min.trim() === '' ||
                max.trim() === '' ||
                !Number.isFinite(low) ||
                !Number.isFinite(high) ||
                low > high)
            ? 'needBounds'
            : null;
    setProblem(wrong && t(`profile.${wrong}`));
    if (wrong) return;
    const field: ProfileField = {
      id: `custom-${Date.now().toString(36)}`,
      label: label.trim(),
      kind,
      options: kind === 'choice' ? values : [],
      ...(kind === 'number' ? { min: low, max: high } : {}),
    };
    if (run(() => store.commands.setProfileFields([...fields, field]))) {
      setLabel('');
      setOptions('');
      setMin(DEFAULT_MIN);
      setMax(DEFAULT_MAX);
    }
  };
  const shown = (field: ProfileField) =>
    field.kind === 'number' && field.min !== undefined && field.max !== undefined
      ? t('profile.presetRange', { label: field.label, min: field.min, max: field.max })
      : field.label;
  return (
    <fieldset className="profile-fields">
      <legend>{t('mix.fieldsTitle')}</legend>
      {presets.map((preset) => (
        <label key={preset.id} className="checkbox">
          <input type="checkbox" checked={chosen.has(preset.id)} onChange={() => toggle(preset)} />{' '}
          {shown(preset)}
        </label>
      ))}
      {fields
        .filter((field) => !presets.some((preset) => preset.id === field.id))
        .map((field) => (
          <label key={field.id} className="checkbox">
            <input type="checkbox" checked onChange={() => toggle(field)} /> {shown(field)}
          </label>
        ))}
      <form className="custom-field" onSubmit={addCustom} noValidate>
        <label htmlFor={`${id}-label`}>{t('mix.customLabel')}</label>
        <input id={`${id}-label`} value={label} onChange={(event) => setLabel(event.target.value)} />
        <label htmlFor={`${id}-kind`}>{t('mix.customKind')}</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(event.target.value as 'choice' | 'number')}
        >
          <option value="choice">{t('mix.kindChoice')}</option>
          <option value="number">{t('mix.kindNumber')}</option>
        </select>
        {kind === 'choice' ? (
          <>
            <label htmlFor={`${id}-options`}>{t('mix.customOptions')}</label>
            <input
              id={`${id}-options`}
              value={options}
              onChange={(event) => setOptions(event.target.value)}
            />
          </>
        ) : (
          <div className="custom-bounds">
            <div>
              <label htmlFor={`${id}-min`}>{t('profile.customMin')}</label>
              <input id={`${id}-min`} value={min} onChange={(event) => setMin(event.target.value)} />
            </div>
            <div>
              <label htmlFor={`${id}-max`}>{t('profile.customMax')}</label>
              <input id={`${id}-max`} value={max} onChange={(event) => setMax(event.target.value)} />
            </div>
          </div>
        )}
        {problem ? (
          <p className="hint hint-over" role="status">
            {problem}
          </p>
        ) : null}
        <button type="submit" className="secondary">
          {t('mix.addField')}
        </button>
      </form>
    </fieldset>
  );
}
