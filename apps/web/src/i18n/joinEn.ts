import type { Catalog } from './Catalog.ts';
/**
 * The join page's English catalog. The page at `/j/CODE` is a small page of its own that loads no
 * i18next and not the app's catalog (en.ts), nor does the app carry these strings: a phone scanning
 * the QR code gets its form in one response.
 */
export const joinEn = {
  pageTitle: 'Join a session',
  documentTitle: 'Join “{{title}}” — Peerloom',
  language: 'Language',
  checking: 'Checking the code {{code}}…',
  codeLabel: 'Session code',
  codeHint: '6 letters and digits, shown by the facilitator',
  checkCode: 'Continue',
  checkingCode: 'Checking…',
  sessionCode: 'Code {{code}}',
  changeCode: 'Change code',
  nameLabel: 'Your name',
  nameHint: 'Shown to the group next to your answers',
  submit: 'Join',
  joining: 'Joining…',
  continueAs: 'Continue as {{name}}',
  orJoinAsSomeoneElse: 'Or join as someone else:',
  errors: {
    unknown_code: 'No session has this code. Check it with the facilitator.',
    invalid_code: 'A session code has 6 letters and digits (no 0, O, 1, I or L).',
    session_closed: 'This session has ended.',
    name_required: 'Please enter your name.',
    name_too_long: 'Names can have at most {{max}} characters.',
    network: 'Can’t reach the session server. Check the Wi-Fi and try again; what you typed is kept.',
    rate_limited: 'Too many attempts. Wait a moment and try again.',
    generic: 'Something went wrong. Try again.',
  },
};

/** The join page's catalog shape: the French one must have exactly the same keys. */
export type JoinMessages = Catalog<typeof joinEn>;
