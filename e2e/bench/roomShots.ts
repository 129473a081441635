import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { installChildCleanup } from '../../sync-server/bench/childProcesses.ts';
import { createSession, joinParticipants } from '../../sync-server/bench/relayApi.ts';
import { createRelayTarget } from '../../sync-server/bench/relayTargets.ts';
import { WorkerPool } from '../../sync-server/bench/workerPool.ts';
import { chromiumLaunchOptions } from '../fixtures/chromiumLaunch.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { type CreatedSession, repoRoot } from '../fixtures/startRelayProcess.ts';
import type { FromRoomWorker, RoomDeviceSpec, ToRoomWorker } from './roomProtocol.ts';

/**
 * node --import tsx e2e/bench/roomShots.ts --out DIR [--participants 300] — after `vite build`: a room of 300 answers
 * (real Node clients, as bench:room seeds it), then screenshots of the long lists at their sizes: the phone's
 * answers (390×844), the tablet's answers and people and its board of 60 thematic groups (1024×768 and 1920×1080),
 * the projector's wall of answers and its groups (1920×1080 and 1024×768).
 */
const { values } = parseArgs({
  options: { out: { type: 'string' }, participants: { type: 'string', default: '300' } },
});
const out = values.out ?? join(repoRoot, 'shots');
const participants = Number(values.participants);
mkdirSync(out, { recursive: true });
installChildCleanup();
const progress = (text: string) => process.stderr.write(`shots: ${text}\n`);
const topics = [
  'design',
  'testing',
  'teaching',
  'data',
  'writing',
  'health',
  'music',
  'cooking',
  'law',
  'energy',
];
const answerText = (index: number) =>
  `Participant ${index + 1} wants to learn about ${topics[index % topics.length]}` +
  (index % 3 === 0
    ? ' with practical examples, a project to share and peers who have tried it before.'
    : '.');

const target = createRelayTarget('ours', repoRoot, { staticDir: join(repoRoot, 'apps/web/dist') });
const server = await target.start();
const relayUrl = `http://127.0.0.1:${server.port}`;
const browser = await chromium.launch(chromiumLaunchOptions);
const pool = await WorkerPool.start<ToRoomWorker, FromRoomWorker>(
  2,
  fileURLToPath(new URL('./roomWorker.ts', import.meta.url)),
  repoRoot,
);
const session = (await createSession(relayUrl, 'Room of 300')) as CreatedSession & { viewerToken: string };
const facilitator = await openFacilitatorFromNode(relayUrl, session);
try {
  const questionId = facilitator.store.commands.addQuestion('What do you want to learn today?');
  facilitator.store.commands.setPhase('share');
  await facilitator.saved();
  const names = Array.from({ length: participants }, (_, index) => `Participant ${index + 1}`);
  const joined = await joinParticipants(
    relayUrl,
    session.code,
    names,
    { requests: 0, rateLimited: 0, waitedMs: 0 },
    { concurrency: 8, deadline: Date.now() + 5 * 60_000 },
  );
  const shares: RoomDeviceSpec[][] = [[], []];
  joined.forEach((person, index) => {
    shares[index % 2]?.push({ index, name: names[index] ?? '', ...person });
  });
  const serverUrl = `${relayUrl.replace(/^http/, 'ws')}/sync`;
  await pool.request(
    shares.map((devices) => ({ type: 'prepare', serverUrl, sessionId: session.sessionId, devices })),
    'prepared',
    120_000,
  );
  for (let index = 0; index < participants; index++)
    pool.workers[index % 2]?.send({ type: 'answer', index, text: answerText(index) });
  await pool.broadcast({ type: 'settle', timeoutMs: 60_000 }, 'settled', 70_000);
  progress(`${participants} answers in`);

  const open = async (path: string, width: number, height: number) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.goto(`${relayUrl}${path}`);
    return page;
  };
  const shot = async (page: Page, name: string) => {
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    await page.screenshot({ path: join(out, `${name}.png`) });
    progress(`${name}.png`);
  };
  const showsAll = (page: Page, count: number) =>
    page
      .getByTestId('answer-count')
      .filter({ hasText: `${count} answer` })
      .waitFor({ timeout: 60_000 });

  const phone = await open(`/j/${session.code}`, 390, 844);
  await phone.getByLabel('Your name').fill('Phone');
  await phone.getByRole('button', { name: 'Join' }).click();
  await phone.getByLabel('Your answer').fill('The phone answers last, and reads everyone else’s.');
  await phone.getByRole('button', { name: 'Publish answer' }).click();
  await showsAll(phone, participants + 1);
  await shot(phone, 'phone-answers-top');
  await phone.mouse.wheel(0, 12_000);
  await shot(phone, 'phone-answers-scrolled');

  const tablet = await open(`/f/${session.sessionId}#key=${session.facilitatorKey}`, 1024, 768);
  await showsAll(tablet, participants + 1);
  await shot(tablet, 'tablet-share-1024');
  await tablet
    .getByTestId('participant-list')
    .getByRole('list')
    .first()
    .evaluate((list) => {
      list.scrollTop = 6000;
    });
  await shot(tablet, 'tablet-people-scrolled-1024');

  const projector = await open(`/p/${session.sessionId}#v=${session.viewerToken}`, 1920, 1080);
  await showsAll(projector, participants + 1);
  await shot(projector, 'projector-wall-1920');
  await projector.mouse.wheel(0, 5000);
  await shot(projector, 'projector-wall-scrolled-1920');
  await projector.setViewportSize({ width: 1024, height: 768 });
  await shot(projector, 'projector-wall-1024');

  // 60 thematic groups of 5 (as "Match by answers" would save them), on the tablet's board, then published.
  const roster = facilitator.store.getSnapshot().roster.map((entry) => entry.participantId);
  const groups = Array.from({ length: Math.ceil(roster.length / 5) }, (_, group) => ({
    label: [topics[group % topics.length] ?? '', 'projects'],
    members: roster.slice(group * 5, group * 5 + 5),
  }));
  facilitator.store.commands.saveGrouping('thematic', questionId, groups);
  facilitator.store.commands.setPhase('match');
  await facilitator.saved();
  await tablet.getByTestId('group-card').first().waitFor({ timeout: 60_000 });
  await shot(tablet, 'tablet-board-1024');
  await tablet.mouse.wheel(0, 8000);
  await shot(tablet, 'tablet-board-scrolled-1024');
  await tablet.setViewportSize({ width: 1920, height: 1080 });
  await shot(tablet, 'tablet-board-1920');
  process.stderr.write(
    `shots: the board holds ${await tablet.getByTestId('group-card').count()} group cards in the DOM of ${groups.length}\n`,
  );

  facilitator.store.commands.publishGrouping('thematic');
  await facilitator.saved();
  await projector.setViewportSize({ width: 1920, height: 1080 });
  await projector.getByTestId('projector-group').first().waitFor({ timeout: 60_000 });
  await shot(projector, 'projector-groups-1920');
} finally {
  await facilitator.close();
  await pool.stop();
  await browser.close();
  await server.stop();
  target.cleanup();
}
