import { createStore, del, get, set, values } from 'idb-keyval';

/** What this device keeps to be the same participant after a reload, a sleep or a network switch. */
export interface ParticipantCredentials {
  kind: 'participant';
  sessionId: string;
  code: string;
  title: string;
  participantId: string;
  token: string;
  name: string;
}

/** The facilitator key never leaves the device except in the facilitator link's fragment. */
export interface FacilitatorCredentials {
  kind: 'facilitator';
  sessionId: string;
  code: string;
  title: string;
  language: string;
  key: string;
  viewerToken: string;
}

export type Credentials = ParticipantCredentials | FacilitatorCredentials;

const store = createStore('peerloom-device', 'credentials');
const keyOf = (kind: Credentials['kind'], sessionId: string) => `${kind}:${sessionId}`;

export const saveCredentials = (credentials: Credentials) =>
  set(keyOf(credentials.kind, credentials.sessionId), credentials, store);

export const loadParticipant = (sessionId: string) =>
  get<ParticipantCredentials>(keyOf('participant', sessionId), store);

export const loadFacilitator = (sessionId: string) =>
  get<FacilitatorCredentials>(keyOf('facilitator', sessionId), store);

export const listCredentials = () => values<Credentials>(store);

const draftStore = createStore('peerloom-drafts', 'drafts');

/** Unsent text, so a reload or a lost connection never loses what someone typed. */
export const saveDraft = (key: string, value: unknown) =>
  value === null ? del(key, draftStore) : set(key, value, draftStore);

export const loadDraft = <T>(key: string) => get<T>(key, draftStore);
