export type DeviceLanguage = 'en' | 'fr';

/** The same key as setupI18n's: a choice made on the join page carries into the app, and back. */
const STORAGE_KEY = 'peerloom:language';

/** The language this device chose, else the browser's (French or English). */
export function readDeviceLanguage(): DeviceLanguage {
  const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (stored === 'en' || stored === 'fr') return stored;
  return globalThis.navigator?.language?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Remembers the device's choice of language, as the app's language switch does. */
export function rememberDeviceLanguage(language: DeviceLanguage): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
}
