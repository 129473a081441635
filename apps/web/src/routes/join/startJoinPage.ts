import { ApiError, type CodeDescription, joinSession, lookUpCode } from '../../api/relayApi.ts';
import type { JoinMessages } from '../../i18n/joinEn.ts';
import { joinEn } from '../../i18n/joinEn.ts';
import { joinFr } from '../../i18n/joinFr.ts';
import { listCredentials, type ParticipantCredentials, saveCredentials } from '../../session/deviceStore.ts';
import { createElement as h } from './createElement.ts';
import { type DeviceLanguage, readDeviceLanguage, rememberDeviceLanguage } from './deviceLanguage.ts';
import { interpolate } from './interpolate.ts';
import type { JoinErrorCode, JoinPageState } from './JoinPageState.ts';
import { normalizeJoinCode } from './normalizeJoinCode.ts';
import { prefetchApp } from './prefetchApp.ts';
import { type JoinActions, renderJoinStep } from './renderJoinStep.ts';

const catalogs: Record<DeviceLanguage, JoinMessages> = { en: joinEn, fr: joinFr };
const LANGUAGE_NAMES: Record<DeviceLanguage, string> = { en: 'English', fr: 'Français' };
const ERROR_CODES = new Set<string>([
  'unknown_code',
  'invalid_code',
  'session_closed',
  'name_required',
  'name_too_long',
  'network',
  'rate_limited',
]);

const errorCodeOf = (caught: unknown): JoinErrorCode =>
  caught instanceof ApiError && ERROR_CODES.has(caught.code) ? (caught.code as JoinErrorCode) : 'generic';

export interface JoinPageElements {
  /** Where the steps render. */
  content: HTMLElement;
  /** Where the language switch goes, in the header. */
  tools: HTMLElement;
}

/**
 * The join page at `/j/CODE`: checks the code first (a wrong one can be corrected in place), then asks
 * for a name, joins, keeps this device's credentials and opens the participant app at `/s/ID`.
 * `early` is the lookup of the link's code that the page's inline script started while this one loaded.
 */
export function startJoinPage(elements: JoinPageElements, linkCode: string, early?: Promise<Response>) {
  let state: JoinPageState = {
    step: { kind: 'checking' },
    code: linkCode,
    name: '',
    known: null,
    language: readDeviceLanguage(),
  };
  let focusNext: string | null = null;
  let credentials: ParticipantCredentials[] = [];
  let prefetched = false;

  const knownIn = (code: string) => credentials.find((entry) => entry.code === code) ?? null;

  const render = () => {
    const messages = catalogs[state.language];
    document.documentElement.lang = state.language;
    document.title =
      state.step.kind === 'name'
        ? interpolate(messages.documentTitle, { title: state.step.session.title })
        : `${messages.pageTitle} — Peerloom`;
    const chosen = focusNext;
    const focused = chosen ?? (document.activeElement?.id || null);
    focusNext = null;
    elements.tools.replaceChildren(languageSwitch(messages));
    elements.content.replaceChildren(
      ...renderJoinStep(state, messages, actions).filter((child): child is Node | string => !!child),
    );
    const target = focused ? document.getElementById(focused) : null;
    target?.focus();
    // A wrong code is selected, so that typing the right one replaces it.
    const wrong =
      state.step.kind === 'code' &&
      (state.step.error === 'unknown_code' || state.step.error === 'invalid_code');
    if (chosen === 'join-code' && wrong && target instanceof HTMLInputElement) target.select();
  };

  const update = (next: Partial<JoinPageState>, focus?: string) => {
    state = { ...state, ...next };
    if (focus) focusNext = focus;
    render();
  };

  const showSession = (session: CodeDescription, focus?: string) => {
    if (location.pathname !== `/j/${session.code}`) history.replaceState(null, '', `/j/${session.code}`);
    update(
      { step: { kind: 'name', session, error: null, busy: false }, known: knownIn(session.code) },
      focus,
    );
    if (!prefetched) {
      prefetched = true;
      prefetchApp();
    }
  };

  const check = async (lookup: Promise<CodeDescription>, focus?: string) => {
    try {
      showSession(await lookup, focus);
    } catch (caught) {
      update({ step: { kind: 'code', error: errorCodeOf(caught), busy: false } }, 'join-code');
    }
  };

  const actions: JoinActions = {
    typeCode: (code) => {
      state = { ...state, code };
    },
    typeName: (name) => {
      state = { ...state, name };
    },
    checkCode: () => {
      if (state.step.kind === 'code' && state.step.busy) return;
      const code = normalizeJoinCode(state.code);
      if (!code) {
        update({ step: { kind: 'code', error: 'invalid_code', busy: false } }, 'join-code');
        return;
      }
      update({ code, step: { kind: 'code', error: null, busy: true } });
      void check(lookUpCode(code), 'join-name');
    },
    changeCode: () => update({ step: { kind: 'code', error: null, busy: false } }, 'join-code'),
    join: () => {
      const step = state.step;
      if (step.kind !== 'name' || step.busy) return;
      const name = state.name.trim();
      if (name === '') {
        update({ step: { ...step, error: 'name_required' } }, 'join-name');
        return;
      }
      update({ step: { ...step, error: null, busy: true } });
      joinSession(step.session.code, name)
        .then(async (joined) => {
          await saveCredentials({
            kind: 'participant',
            sessionId: joined.sessionId,
            code: step.session.code,
            title: joined.title,
            participantId: joined.participantId,
            token: joined.token,
            name,
          });
          location.assign(`/s/${encodeURIComponent(joined.sessionId)}`);
        })
        .catch((caught: unknown) =>
          update({ step: { ...step, error: errorCodeOf(caught), busy: false } }, 'join-name'),
        );
    },
  };

  const languageSwitch = (messages: JoinMessages) =>
    h(
      'div',
      { class: 'language-switch' },
      h('label', { for: 'join-language' }, messages.language),
      h(
        'select',
        {
          id: 'join-language',
          onChange: (event) => {
            const language = (event.target as HTMLSelectElement).value === 'fr' ? 'fr' : 'en';
            rememberDeviceLanguage(language);
            update({ language }, 'join-language');
          },
        },
        ...(['en', 'fr'] as const).map((language) =>
          h(
            'option',
            { value: language, lang: language, selected: language === state.language },
            LANGUAGE_NAMES[language],
          ),
        ),
      ),
    );

  render();
  listCredentials().then(
    (all) => {
      credentials = all.filter((entry): entry is ParticipantCredentials => entry.kind === 'participant');
      if (state.step.kind === 'name') update({ known: knownIn(state.step.session.code) });
    },
    () => {},
  );
  const code = normalizeJoinCode(linkCode);
  if (code) void check(lookUpCode(code, early));
  else update({ step: { kind: 'code', error: 'invalid_code', busy: false } });
}
