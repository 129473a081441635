import type { ThematicGroup } from '@peerloom/matching';
import type { AnonymousAnswer } from '@peerloom/session-model';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/Notice.tsx';
import { useMatchingRun } from './useMatchingRun.ts';

/** Fewest written answers worth looking for themes in. */
const MIN_TEXTS = 4;

interface Theme {
  label: string[];
  count: number;
}

/**
 * A group's label; with few answers a large group's terms are common in the whole set and get none, so then the
 * terms its members share most (also from the grouping), the two most frequent.
 */
function themeLabel(group: ThematicGroup): string[] {
  if (group.label.length > 0) return group.label;
  const counts = new Map<string, number>();
  for (const terms of Object.values(group.sharedTerms)) {
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((first, second) => second[1] - first[1] || first[0].localeCompare(second[0]))
    .slice(0, 2)
    .map(([term]) => term);
}

/**
 * The main themes of the written answers: the thematic grouping of `packages/matching`, run in the facilitator's
 * worker, whose groups' labels are the themes. On request, since the worker loads the language model.
 */
export function FeedbackThemes({
  texts,
  language,
}: {
  texts: readonly AnonymousAnswer[];
  language: 'en' | 'fr';
}) {
  const { t } = useTranslation();
  const { busy, failure, request } = useMatchingRun('thematic');
  const [themes, setThemes] = useState<Theme[] | null>(null);
  if (texts.length < MIN_TEXTS)
    return <p className="hint">{t('anonymous.themesNeed', { count: MIN_TEXTS })}</p>;

  const find = async () => {
    const response = await request({
      inputs: texts.map((answer) => ({ participantId: answer.id, texts: [answer.text] })),
      seed: 1,
      sizes: { min: 2, target: 4, max: Math.max(4, Math.ceil(texts.length / 2)) },
      locked: {},
      weights: { texts: [1], tags: 0, criteria: {} },
      language,
    });
    if (!response) return;
    setThemes(
      response.result.groups
        .map((group) => ({ label: themeLabel(group), count: group.members.length }))
        .filter((theme) => theme.label.length > 0)
        .sort((first, second) => second.count - first.count),
    );
  };

  return (
    <div className="feedback-themes">
      <button
        type="button"
        className="secondary"
        onClick={() => void find()}
        disabled={busy}
        aria-busy={busy}
      >
        {t('anonymous.findThemes')}
      </button>
      {failure ? <Notice tone="error">{t('anonymous.themesFailed')}</Notice> : null}
      {themes ? (
        <ul className="tags feedback-theme-list" data-testid="feedback-themes">
          {themes.map((theme) => (
            <li key={theme.label.join(' ')} className="tag">
              {theme.label.join(', ')} · {t('anonymous.themeCount', { count: theme.count })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
