import type { CodeDescription } from '../../api/relayApi.ts';
import type { ParticipantCredentials } from '../../session/deviceStore.ts';
import type { DeviceLanguage } from './deviceLanguage.ts';

/** A key of the join catalog's `errors` section; anything else the relay says reads as `generic`. */
export type JoinErrorCode =
  | 'unknown_code'
  | 'invalid_code'
  | 'session_closed'
  | 'name_required'
  | 'name_too_long'
  | 'network'
  | 'rate_limited'
  | 'generic';

/** Where the join page is: the code is checked first, the name is asked only for a session that exists. */
export type JoinStep =
  | { kind: 'checking' }
  | { kind: 'code'; error: JoinErrorCode | null; busy: boolean }
  | { kind: 'name'; session: CodeDescription; error: JoinErrorCode | null; busy: boolean };

export interface JoinPageState {
  step: JoinStep;
  /** What is in the code field, as typed. */
  code: string;
  /** What is in the name field, as typed: kept across errors, retries and language changes. */
  name: string;
  /** Who this device already is in the session the code opens, if it joined before. */
  known: ParticipantCredentials | null;
  language: DeviceLanguage;
}
