import i18next from 'i18next';
import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tagSuggestionsEn } from '../i18n/tagSuggestionsEn.ts';
import { tagSuggestionsFr } from '../i18n/tagSuggestionsFr.ts';
import { learnAnswerWords, type RoomAnswer, suggestTags } from '../session/suggestTags.ts';
import './TagSuggestions.css';

// Loaded lazily with this chip row, so that neither weighs on a phone's first download.
i18next.addResourceBundle('en', 'translation', tagSuggestionsEn, true, false);
i18next.addResourceBundle('fr', 'translation', tagSuggestionsFr, true, false);

const NONE: readonly never[] = [];
/** Answers whose words are read per task while the form opens (a few ms each on a slow phone). */
const SLICE = 25;

interface TagSuggestionsProps {
  draft: string;
  tags: readonly string[];
  answers: readonly RoomAnswer[];
  ownId: string;
  onPick: (tag: string) => void;
}

/** Tags the room already uses (and words others share with the draft), one tap to add each. */
export default function TagSuggestions({ draft, tags, answers, ownId, onPick }: TagSuggestionsProps) {
  const { t } = useTranslation();
  const id = useId();
  // Worked out after the typed character and the room's new answers are on the screen, never in their way.
  // Nothing while the form opens: the room's answers are read a slice per task first, then suggestions follow.
  const [read, setRead] = useState(false);
  const latestAnswers = useRef(answers);
  latestAnswers.current = answers;
  useEffect(() => {
    let start = 0;
    let timer: ReturnType<typeof setTimeout>;
    const readSlice = () => {
      learnAnswerWords(latestAnswers.current, start, SLICE);
      start += SLICE;
      if (start < latestAnswers.current.length) timer = setTimeout(readSlice, 0);
      else setRead(true);
    };
    timer = setTimeout(readSlice, 0);
    return () => clearTimeout(timer);
  }, []);
  const laterDraft = useDeferredValue(draft, '');
  const laterTags = useDeferredValue(tags, NONE);
  const laterAnswers = useDeferredValue(read ? answers : NONE, NONE);
  const suggestions = useMemo(
    () => suggestTags(laterDraft, laterTags, laterAnswers, ownId),
    [laterDraft, laterTags, laterAnswers, ownId],
  );
  if (suggestions.length === 0) return null;
  return (
    <div className="tag-suggestions">
      <span id={id} className="tag-suggestions-title">
        {t('tagSuggestions.title')}
      </span>
      <ul className="tags" aria-labelledby={id}>
        {suggestions.map((tag) => (
          <li key={tag}>
            <button
              type="button"
              className="tag-suggestion"
              aria-label={t('tagSuggestions.add', { tag })}
              onClick={() => onPick(tag)}
            >
              #{tag}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
