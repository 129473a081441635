import i18next from 'i18next';
import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationMessages } from './evaluationEn.ts';

const catalogs: Record<'en' | 'fr', () => Promise<EvaluationMessages>> = {
  en: () => import('./evaluationEn.ts').then((module) => module.evaluationEn),
  fr: () => import('./evaluationFr.ts').then((module) => module.evaluationFr),
};
const loading = new Map<'en' | 'fr', Promise<void>>();

function load(language: string): Promise<void> {
  const key = language === 'fr' ? 'fr' : 'en';
  let promise = loading.get(key);
  if (!promise) {
    promise = catalogs[key]().then((messages) => {
      i18next.addResourceBundle(key, 'translation', messages, true, false);
    });
    loading.set(key, promise);
  }
  return promise;
}

/**
 * Suspends a step-6A screen until its messages are loaded in the language shown (fetched once per language).
 * The screens load them, not the step registry or `setupI18n`: both are in every phone's first download.
 */
export function useEvaluationMessages(): void {
  const { i18n } = useTranslation();
  use(load(i18n.language));
}
