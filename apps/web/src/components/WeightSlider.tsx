import { type CSSProperties, useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A weight from 0 (ignored) to 2 in quarter steps, its value shown beside it and spoken as "off" at 0. */
export function WeightSlider({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const text = value === 0 ? t('groups.weightOff') : String(value);
  return (
    <div className="weight-slider">
      <label htmlFor={id}>{label}</label>
      <div className="weight-input">
        <input
          id={id}
          type="range"
          min={0}
          max={2}
          step={0.25}
          value={value}
          aria-valuetext={text}
          onChange={(event) => onChange(Number(event.target.value))}
          style={{ '--range-fill': `${(value / 2) * 100}%` } as CSSProperties}
        />
        <output htmlFor={id} aria-hidden="true" className="range-value">
          {text}
        </output>
      </div>
    </div>
  );
}
