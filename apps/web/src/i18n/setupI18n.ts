import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Messages } from './en.ts';
import type { FacilitatorMessages } from './facilitatorEn.ts';

export const UI_LANGUAGES = ['en', 'fr'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
const STORAGE_KEY = 'peerloom:language';

// One catalog per language, fetched on demand: a phone downloads only the language it shows.
const catalogs: Record<UiLanguage, () => Promise<Messages>> = {
  en: () => import('./en.ts').then((module) => module.en),
  fr: () => import('./fr.ts').then((module) => module.fr),
};

function initialLanguage(): UiLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

// The home, facilitator and projector screens' messages: a participant's phone never loads them.
const facilitatorCatalogs: Record<UiLanguage, () => Promise<FacilitatorMessages>> = {
  en: () => import('./facilitatorEn.ts').then((module) => module.facilitatorEn),
  fr: () => import('./facilitatorFr.ts').then((module) => module.facilitatorFr),
};
const facilitatorLoaded = new Set<UiLanguage>();
let facilitatorWanted = false;

async function loadCatalog(language: UiLanguage): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await catalogs[language]());
  }
  if (facilitatorWanted && !facilitatorLoaded.has(language)) {
    i18next.addResourceBundle(language, 'translation', await facilitatorCatalogs[language](), true, false);
    facilitatorLoaded.add(language);
  }
}

/** Adds the home, facilitator and projector screens' messages (in every language chosen from now on). */
export async function loadFacilitatorMessages(): Promise<void> {
  facilitatorWanted = true;
  await loadCatalog(i18next.language === 'fr' ? 'fr' : 'en');
}

/** The device's choice of language wins over the session's; it is remembered on this device. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await loadCatalog(language);
  await i18next.changeLanguage(language);
}

export const hasChosenLanguage = () => globalThis.localStorage?.getItem(STORAGE_KEY) !== null;

/** Starts i18next with the device's language, its catalog loaded; resolves before the first render. */
export async function setupI18n() {
  const language = initialLanguage();
  await i18next.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  await loadCatalog(language);
  i18next.on('languageChanged', (changed) => {
    document.documentElement.lang = changed;
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}
