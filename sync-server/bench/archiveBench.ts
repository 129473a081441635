// npm run bench:archive — the session archive of a full room: 300 participants, 60 productions of about
// 2 KB written by 5 members each. Times the export (GET /api/sessions/:id/archive's work) and the
// import's checks (POST /api/sessions/import's work) in this process; last line: one JSON object.
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import * as Y from 'yjs';
import { buildArchive } from '../src/archive/buildArchive.ts';
import { fillPlaceholders } from '../src/archive/fillPlaceholders.ts';
import { parseArchive } from '../src/archive/parseArchive.ts';
import { createSecret } from '../src/auth/secrets.ts';

const PARTICIPANTS = 300;
const PRODUCTIONS = 60;
const MEMBERS = PARTICIPANTS / PRODUCTIONS;
const TEXT_BYTES = 2048;

const sessionId = createSecret(12);
const participants = Array.from({ length: PARTICIPANTS }, () => createSecret(9));
const productions = Array.from({ length: PRODUCTIONS }, () => createSecret(9));

const control = new Y.Doc();
control.transact(() => {
  control.getMap('session').set('id', sessionId);
  control.getMap('session').set('joinCode', 'K7M9QX');
  productions.forEach((production, index) => {
    const members = participants.slice(index * MEMBERS, (index + 1) * MEMBERS);
    control.getMap('groupMembers').set(production, members);
    control
      .getMap('productions')
      .set(production, { number: index + 1, members, roles: { leader: members[0] } });
  });
});
const room = new Y.Doc();
room.transact(() => {
  participants.forEach((id, index) => {
    room.getMap('roster').set(id, { name: `Person ${index + 1}`, joinedAt: index });
    room
      .getMap('answers')
      .set(`q1/${id}`, { text: `Answer number ${index + 1} about the question`, tags: [] });
  });
});

/** Members take turns typing a sentence into one field, each from its own Yjs client, until ~2 KB. */
function writeProduction(index: number): Y.Doc {
  const members = participants.slice(index * MEMBERS, (index + 1) * MEMBERS);
  const devices = members.map(() => new Y.Doc());
  const shared = devices[0] ?? new Y.Doc();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText()]);
  shared.getXmlFragment('field:f1').insert(0, [paragraph]);
  for (const device of devices.slice(1)) Y.applyUpdate(device, Y.encodeStateAsUpdate(shared));
  let length = 0;
  for (let turn = 0; length < TEXT_BYTES; turn++) {
    const device = devices[turn % devices.length] ?? shared;
    const text = (device.getXmlFragment('field:f1').get(0) as Y.XmlElement).get(0) as Y.XmlText;
    const sentence = `Member ${turn % devices.length} adds idea ${turn} to the plan. `;
    for (const character of sentence) text.insert(text.length, character);
    length += sentence.length;
    for (const other of devices) if (other !== device) Y.applyUpdate(other, Y.encodeStateAsUpdate(device));
  }
  devices.forEach((device, member) => {
    shared.getMap('authors').set(String(device.clientID), members[member]);
  });
  return shared;
}

const groups = productions.map((production, index) => ({
  path: `group/${production}`,
  doc: writeProduction(index),
}));
const documents = [
  { path: 'control', state: Y.encodeStateAsUpdate(control) },
  { path: 'room', state: Y.encodeStateAsUpdate(room) },
  ...groups.map((group) => ({ path: group.path, state: Y.encodeStateAsUpdate(group.doc) })),
];
const storedBytes = documents.reduce((sum, document) => sum + document.state.byteLength, 0);

// The relay keeps relaying between documents: the longest event-loop delay is what a live room would feel.
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
const exportStarted = performance.now();
const archive = await buildArchive(
  {
    session: {
      id: sessionId,
      code: 'K7M9QX',
      title: 'Bench',
      language: 'en',
      facilitatorKeyHash: '',
      createdAt: Date.now(),
      closedAt: null,
    },
    participantIds: participants,
    documents,
  },
  Date.now(),
);
const text = JSON.stringify(archive);
const exportMs = performance.now() - exportStarted;

const importStarted = performance.now();
const parsed = await parseArchive(JSON.parse(text) as Record<string, unknown>, {
  maxDocuments: 256,
  maxTitleLength: 120,
});
for (const document of parsed.documents)
  fillPlaceholders(document.update, { id: createSecret(12), code: 'ABCDEF' });
const importMs = performance.now() - importStarted;
loopDelay.disable();
const maxDelayMs = loopDelay.max / 1e6;

const leaked = participants.filter((id) => text.includes(id)).length;
console.log(`documents: ${documents.length} (${(storedBytes / 1024).toFixed(0)} KiB of Yjs state)`);
console.log(`archive: ${(text.length / 1024).toFixed(0)} KiB of JSON; participant ids left in it: ${leaked}`);
console.log(`export: ${exportMs.toFixed(0)} ms; import checks and placeholders: ${importMs.toFixed(0)} ms`);
console.log(
  `longest event-loop delay meanwhile: ${maxDelayMs.toFixed(0)} ms; machine load ${os.loadavg()[0]?.toFixed(1)}`,
);
console.log(
  JSON.stringify({
    participants: PARTICIPANTS,
    productions: PRODUCTIONS,
    archive_kib: Math.round(text.length / 1024),
    export_ms: Math.round(exportMs),
    import_ms: Math.round(importMs),
    max_event_loop_delay_ms: Math.round(maxDelayMs),
    participant_ids_left: leaked,
  }),
);
