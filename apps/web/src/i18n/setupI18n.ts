import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { CreateMessages } from './createEn.ts';
import type { Messages } from './en.ts';
import type { FacilitatorMessages } from './facilitatorEn.ts';
import type { FeedbackMessages } from './feedbackEn.ts';

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

// Messages of screens only some devices show, loaded with those screens (in every language chosen from then
// on): the home, facilitator and projector screens'; step 4's (a phone needs them only once step 4 starts);
// the feedback on productions' (reactions, comments: at the end and on the session page).
const extraCatalogs = {
  facilitator: {
    en: () => import('./facilitatorEn.ts').then((module): FacilitatorMessages => module.facilitatorEn),
    fr: () => import('./facilitatorFr.ts').then((module): FacilitatorMessages => module.facilitatorFr),
  },
  create: {
    en: () => import('./createEn.ts').then((module): CreateMessages => module.createEn),
    fr: () => import('./createFr.ts').then((module): CreateMessages => module.createFr),
  },
  feedback: {
    en: () => import('./feedbackEn.ts').then((module): FeedbackMessages => module.feedbackEn),
    fr: () => import('./feedbackFr.ts').then((module): FeedbackMessages => module.feedbackFr),
  },
};
type ExtraCatalog = keyof typeof extraCatalogs;
const wanted = new Set<ExtraCatalog>();
const loaded = new Set<`${ExtraCatalog}:${UiLanguage}`>();

async function loadCatalog(language: UiLanguage): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await catalogs[language]());
  }
  for (const name of wanted) {
    if (loaded.has(`${name}:${language}`)) continue;
    i18next.addResourceBundle(language, 'translation', await extraCatalogs[name][language](), true, false);
    loaded.add(`${name}:${language}`);
  }
}

async function loadExtraMessages(name: ExtraCatalog): Promise<void> {
  wanted.add(name);
  await loadCatalog(i18next.language === 'fr' ? 'fr' : 'en');
}

/** Adds the home, facilitator and projector screens' messages (in every language chosen from now on). */
export const loadFacilitatorMessages = () => loadExtraMessages('facilitator');

/** Adds step 4's messages (production, roles, editor), for the screens that show step 4. */
export const loadCreateMessages = () => loadExtraMessages('create');

/** Adds the messages of feedback on productions (reactions, comments), for the screens that show it. */
export const loadFeedbackMessages = () => loadExtraMessages('feedback');

/** The device's choice of language wins over the session's; it is remembered on this device. */
export async function setUiLanguage(language: UiLanguage): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  await loadCatalog(language);
  await i18next.changeLanguage(language);
}

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
