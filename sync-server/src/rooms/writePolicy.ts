import { DOCUMENT_WRITERS } from '@peerloom/protocol';
import * as Y from 'yjs';
import { type ClientOwners, FACILITATOR_OWNER } from './ClientOwners.ts';
import { changesNothing } from './changesNothing.ts';
import { checkAuthorEntries } from './checkAuthorEntries.ts';
import { checkClientIds } from './checkClientIds.ts';
import { checkGroupWrite } from './checkGroupWrite.ts';
import { checkRoomWrite } from './checkRoomWrite.ts';
import { type DocAddress, readGroupMembers } from './documentKinds.ts';
import { hasMissingDependency } from './hasMissingDependency.ts';
import type { RoomConnection } from './RoomConnection.ts';
import { RoomWriteQuota } from './RoomWriteQuota.ts';
import type { WriteRefusalReason } from './WriteRefused.ts';

/**
 * What the relay does with an update: apply it (binding the client ids nobody owned to `owner`), skip it
 * (it changes nothing), drop it quietly (a participant's write to `control`, as before), or refuse it.
 */
export type WriteVerdict =
  | { verdict: 'apply'; owner: string; unbound: ReadonlySet<number> }
  | { verdict: 'skip' }
  | { verdict: 'drop' }
  | { verdict: 'refuse'; reason: WriteRefusalReason };

export type WriteCheck = (
  connection: RoomConnection,
  doc: Y.Doc,
  update: Uint8Array,
  owners: ClientOwners,
) => WriteVerdict;

const refuse = (reason: WriteRefusalReason): WriteVerdict => ({ verdict: 'refuse', reason });
const NOTHING_TO_BIND: ReadonlySet<number> = new Set();

export interface WritePolicyOptions {
  /** Clock of the write rates in `room` (`RoomWriteQuota`). */
  now: () => number;
  /**
   * False only for `bench:relay`'s unguarded run (PEERLOOM_BENCH_UNGUARDED, read by main.ts): the roles still
   * hold, but a participant's content is not checked (client ids, dependencies, keys, membership, quotas).
   */
  guarded: boolean;
}

/**
 * The write rule of a document (`DOCUMENT_WRITERS`), checked before anything is applied: viewers and the
 * relay's own documents take no write; a token that expired since the socket opened takes none either; then
 * every new struct's client id must be the writer's (`checkClientIds`); then the participant's content
 * rule: nothing it depends on may be missing (such an update is held, `HeldWrites`), its own keys in `room` (`checkRoomWrite`), membership in a group (`checkGroupWrite`, then `checkAuthorEntries`, reading
 * `groupMembers` at each write, so regrouping applies at once); last, in `room`, the participant's quota and write
 * rate (`RoomWriteQuota`, one per room, counting only what passed). Facilitators pass the content rules.
 */
export function writePolicy(
  address: DocAddress,
  control: () => Y.Doc,
  options: WritePolicyOptions = { now: Date.now, guarded: true },
): WriteCheck {
  const writers = DOCUMENT_WRITERS[address.kind];
  const quota = address.kind === 'room' ? new RoomWriteQuota(options.now) : null;
  return (connection, doc, update, owners) => {
    const decoded = Y.decodeUpdate(update);
    if (changesNothing(doc, decoded)) return { verdict: 'skip' };
    if (connection.role === 'viewer' || writers === 'relay') return refuse('read_only');
    if (connection.tokenExpired()) return refuse('token_expired');
    if (writers === 'facilitator') {
      return connection.role === 'facilitator'
        ? { verdict: 'apply', owner: FACILITATOR_OWNER, unbound: NOTHING_TO_BIND }
        : { verdict: 'drop' };
    }
    const owner = connection.role === 'facilitator' ? FACILITATOR_OWNER : connection.participantId;
    if (owner === null) return refuse('foreign_key');
    if (!options.guarded) return { verdict: 'apply', owner, unbound: NOTHING_TO_BIND };
    const ids = checkClientIds(doc, decoded.structs, owners, owner);
    if (ids.refused) return refuse('foreign_client');
    if (connection.role === 'participant') {
      if (hasMissingDependency(doc, decoded)) return refuse('missing_dependency');
      const refusal =
        writers === 'owners'
          ? checkRoomWrite(doc, decoded, owner)
          : (checkGroupWrite(
              doc,
              decoded,
              owner,
              readGroupMembers(control(), address.groupId ?? ''),
              owners,
            ) ??
            checkAuthorEntries(
              doc,
              decoded,
              owner,
              (client) => ids.unbound.has(client) || owners.ownerOf(client) === owner,
            ));
      if (refusal) return refuse(refusal);
      const spent = quota?.admit(doc, decoded.structs, owner) ?? null;
      if (spent) return refuse(spent);
    }
    return { verdict: 'apply', owner, unbound: ids.unbound };
  };
}
