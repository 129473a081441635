import type { JoinMessages } from '../../i18n/joinEn.ts';
import { type Child, createElement as h } from './createElement.ts';
import { interpolate } from './interpolate.ts';
import type { JoinErrorCode, JoinPageState } from './JoinPageState.ts';

/** The longest name the relay accepts (LIMITS.nameLength in session-model, which this page does not load). */
export const NAME_MAX_LENGTH = 60;

export interface JoinActions {
  typeCode(code: string): void;
  checkCode(): void;
  changeCode(): void;
  typeName(name: string): void;
  join(): void;
}

const inputValue = (event: Event) => (event.target as HTMLInputElement).value;

function errorNotice(id: string, error: JoinErrorCode | null, messages: JoinMessages): Child {
  if (!error) return null;
  const text = interpolate(messages.errors[error] ?? messages.errors.generic, { max: NAME_MAX_LENGTH });
  return h('div', { id, class: 'notice notice-error', role: 'alert' }, text);
}

function codeForm(state: JoinPageState, messages: JoinMessages, actions: JoinActions): Child[] {
  const step = state.step;
  const error = step.kind === 'code' ? step.error : null;
  const busy = step.kind === 'code' && step.busy;
  return [
    h('h1', {}, messages.pageTitle),
    h(
      'form',
      {
        class: 'card join-card',
        novalidate: true,
        onSubmit: (event) => {
          event.preventDefault();
          actions.checkCode();
        },
      },
      h('label', { for: 'join-code' }, messages.codeLabel),
      h('p', { class: 'hint', id: 'join-code-hint' }, messages.codeHint),
      h('input', {
        id: 'join-code',
        class: 'code-input',
        value: state.code,
        autocomplete: 'off',
        autocapitalize: 'characters',
        spellcheck: 'false',
        maxlength: 16,
        'aria-describedby': error ? 'join-code-hint join-code-error' : 'join-code-hint',
        'aria-invalid': error ? 'true' : 'false',
        onInput: (event) => actions.typeCode(inputValue(event)),
      }),
      errorNotice('join-code-error', error, messages),
      h('button', { type: 'submit', disabled: busy }, busy ? messages.checkingCode : messages.checkCode),
    ),
  ];
}

function nameForm(state: JoinPageState, messages: JoinMessages, actions: JoinActions): Child[] {
  if (state.step.kind !== 'name') return [];
  const { session, error, busy } = state.step;
  const known = state.known;
  return [
    h(
      'p',
      { class: 'join-code-line' },
      h('span', {}, interpolate(messages.sessionCode, { code: session.code })),
      h(
        'button',
        { type: 'button', class: 'secondary small', onClick: actions.changeCode },
        messages.changeCode,
      ),
    ),
    h('h1', { class: 'join-session-title' }, session.title),
    known
      ? h(
          'p',
          {},
          h(
            'a',
            { class: 'button-link', href: `/s/${encodeURIComponent(known.sessionId)}` },
            interpolate(messages.continueAs, { name: known.name }),
          ),
        )
      : null,
    h(
      'form',
      {
        class: 'card join-card',
        novalidate: true,
        onSubmit: (event) => {
          event.preventDefault();
          actions.join();
        },
      },
      known ? h('p', {}, messages.orJoinAsSomeoneElse) : null,
      h('label', { for: 'join-name' }, messages.nameLabel),
      h('p', { class: 'hint', id: 'join-name-hint' }, messages.nameHint),
      h('input', {
        id: 'join-name',
        value: state.name,
        autocomplete: 'given-name',
        maxlength: NAME_MAX_LENGTH,
        'aria-describedby': error ? 'join-name-hint join-name-error' : 'join-name-hint',
        'aria-invalid': error ? 'true' : 'false',
        onInput: (event) => actions.typeName(inputValue(event)),
      }),
      errorNotice('join-name-error', error, messages),
      h('button', { type: 'submit', disabled: busy }, busy ? messages.joining : messages.submit),
    ),
  ];
}

/** The join page's content for its current step, in the device's language. */
export function renderJoinStep(state: JoinPageState, messages: JoinMessages, actions: JoinActions): Child[] {
  switch (state.step.kind) {
    case 'checking':
      return [
        h('h1', {}, messages.pageTitle),
        h(
          'p',
          { role: 'status', class: 'join-checking' },
          interpolate(messages.checking, { code: state.code }),
        ),
      ];
    case 'code':
      return codeForm(state, messages, actions);
    case 'name':
      return nameForm(state, messages, actions);
  }
}
