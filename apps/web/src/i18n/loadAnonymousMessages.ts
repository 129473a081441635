import i18next from 'i18next';
import { anonymousEn } from './anonymousEn.ts';
import { anonymousFr } from './anonymousFr.ts';

const catalogs = { en: anonymousEn, fr: anonymousFr };
let listening = false;

/** Merges the anonymous feedback's messages into a language's bundle once setupI18n has created it. */
function merge(language: string) {
  const code = language === 'fr' ? 'fr' : 'en';
  // Never create a bundle: setupI18n loads a language's main catalog only when it has none yet.
  if (!i18next.hasResourceBundle(code, 'translation')) return;
  i18next.addResourceBundle(code, 'translation', catalogs[code], true, false);
}

/**
 * Adds the anonymous session feedback's messages (the participant's form, the facilitator's panel), in both
 * languages, since this module comes in their screens' chunk: not registered in setupI18n, whose code is in every
 * device's first download (the participant route's budget), nor fetched again on a language switch.
 */
export async function loadAnonymousMessages(): Promise<void> {
  if (!listening) {
    listening = true;
    i18next.on('languageChanged', merge);
  }
  merge(i18next.language);
}
