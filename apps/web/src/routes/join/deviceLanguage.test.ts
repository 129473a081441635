import i18next from 'i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setUiLanguage } from '../../i18n/setupI18n.ts';
import { readDeviceLanguage, rememberDeviceLanguage } from './deviceLanguage.ts';

const stored = new Map<string, string>();
const fakeStorage = {
  getItem: (key: string) => stored.get(key) ?? null,
  setItem: (key: string, value: string) => void stored.set(key, value),
};

describe('device language on the join page', () => {
  beforeEach(async () => {
    await i18next.init({ resources: {}, lng: 'en', showSupportNotice: false });
    stored.clear();
    Object.defineProperty(globalThis, 'localStorage', { value: fakeStorage, configurable: true });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('reads the choice the app’s language switch stored, and the app reads the join page’s', async () => {
    await setUiLanguage('fr');
    expect(readDeviceLanguage()).toBe('fr');
    stored.clear();
    rememberDeviceLanguage('en');
    expect(stored.get('peerloom:language')).toBe('en');
    expect(readDeviceLanguage()).toBe('en');
  });
});
