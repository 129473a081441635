import { CLASS_LIMITS, type ClassCommandSet, LIMITS, type MiniClass } from '@peerloom/session-model';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ClassEditorProps {
  entry: MiniClass;
  /** The title shown when the facilitator gave none ("Class of Group 2"). */
  fallbackTitle: string;
  group: string;
  teacherNames: string;
  commands: ClassCommandSet;
  run: (command: () => void) => boolean;
}

/** One class of a round: title, place and seats, saved when a field is left; who teaches; how full it is. */
export function ClassEditor({ entry, fallbackTitle, group, teacherNames, commands, run }: ClassEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const [title, setTitle] = useState(entry.title);
  const [place, setPlace] = useState(entry.place);
  const [capacity, setCapacity] = useState(String(entry.capacity));
  const over = entry.attendees.length - entry.capacity;
  const save = (details: { title?: string; place?: string; capacity?: number }) =>
    run(() => commands.setClassDetails(entry.id, details));

  return (
    <div className="class-editor" data-testid="class-editor">
      <p className="class-editor-group">
        <strong>{group}</strong> · {t('teachFacilitator.teachers', { names: teacherNames })}
      </p>
      <div className="class-editor-fields">
        <label htmlFor={`${id}-title`} className="class-editor-title">
          {t('teachFacilitator.classTitle')}
          <input
            id={`${id}-title`}
            value={title}
            placeholder={fallbackTitle}
            maxLength={CLASS_LIMITS.titleLength}
            onChange={(event) => setTitle(event.target.value)}
            onBlur={() => title !== entry.title && save({ title })}
          />
        </label>
        <label htmlFor={`${id}-place`}>
          {t('teachFacilitator.classPlace')}
          <input
            id={`${id}-place`}
            value={place}
            maxLength={LIMITS.nameLength}
            onChange={(event) => setPlace(event.target.value)}
            onBlur={() => place !== entry.place && save({ place })}
          />
        </label>
        <label htmlFor={`${id}-capacity`} className="class-editor-capacity">
          {t('teachFacilitator.classCapacity')}
          <input
            id={`${id}-capacity`}
            type="number"
            min={0}
            max={CLASS_LIMITS.capacityMax}
            value={capacity}
            onChange={(event) => setCapacity(event.target.value)}
            onBlur={() => {
              if (Number(capacity) !== entry.capacity && !save({ capacity: Number(capacity) }))
                setCapacity(String(entry.capacity));
            }}
          />
        </label>
      </div>
      <p className={over > 0 ? 'class-editor-fill class-editor-over' : 'class-editor-fill'}>
        {t('teachFacilitator.seated', { count: entry.attendees.length, capacity: entry.capacity })}
        {over > 0 ? ` · ${t('teachFacilitator.over', { count: over })}` : ''}
      </p>
    </div>
  );
}
