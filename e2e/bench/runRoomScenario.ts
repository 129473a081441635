import { writeFileSync } from 'node:fs';
import { selectActiveQuestion } from '@peerloom/session-model';
import type { Browser } from 'playwright-core';
import { createSession, type JoinStats, joinParticipants } from '../../sync-server/bench/relayApi.ts';
import { WorkerPool } from '../../sync-server/bench/workerPool.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import type { CreatedSession } from '../fixtures/startRelayProcess.ts';
import { RoomScreen, type RoomScreenName, type ScreenFigures } from './RoomScreen.ts';
import type { FromRoomWorker, RoomDeviceSpec, ToRoomWorker } from './roomProtocol.ts';

export interface RoomOptions {
  participants: number;
  answerSeconds: number;
  editors: number;
  editRate: number;
  editSeconds: number;
  workers: number;
  workerScript: string;
  repoRoot: string;
  /** A folder for each screen's screenshot at the end, if given. */
  shots?: string;
  /** Prints each screen's functions with the most self time while answers and edits came. */
  profile?: boolean;
  /** A folder for a Chromium trace of the first screen while answers and edits came (see longTaskReport.ts). */
  trace?: string;
}

export interface ScreenResult extends ScreenFigures {
  name: RoomScreenName;
  /** Main-thread ms per second with nothing arriving. */
  idleMsPerSecond: number;
  /** Main-thread ms per incoming answer while the first and the last 100 answers arrived, above the idle pace. */
  updateMsFirst: number;
  updateMsLast: number;
  /** From the last update sent until the screen showed every answer and the last edit. */
  convergeMs: number;
}

export interface ScenarioResult {
  screens: ScreenResult[];
  /** Answers whose final text the relay's copy does not hold, plus commands the model refused. */
  lost: number;
}

const progress = (text: string) => process.stderr.write(`bench: ${text}\n`);
const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - Date.now())));
const answerText = (index: number) =>
  `Participant ${index + 1} would like to learn about topic ${index % 17} with practical examples and peers.`;
const editText = (index: number, edit: number) =>
  `Participant ${index + 1}, edit ${edit}: rather topic ${(index + edit) % 23}, with a project to share.`;
const IDLE_MS = 3000;
/** The main thread's tasks and what runs in them, with JavaScript samples (what DevTools' Performance panel records). */
const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.cpu_profiler',
  'blink.user_timing',
];
const PHONE_TYPING = 'I would rather learn by building a small tool';

/** One run of the room: a fresh session, `screens` open in Chromium, 300 answers, then the burst of edits. */
export async function runRoomScenario(
  browser: Browser,
  relayUrl: string,
  screens: readonly RoomScreenName[],
  options: RoomOptions,
): Promise<ScenarioResult> {
  const session = (await createSession(relayUrl, 'Room benchmark')) as CreatedSession & {
    viewerToken: string;
  };
  const facilitator = await openFacilitatorFromNode(relayUrl, session);
  facilitator.store.commands.addQuestion('What do you want to learn today?');
  facilitator.store.commands.setPhase('share');
  await facilitator.saved();
  const joins: JoinStats = { requests: 0, rateLimited: 0, waitedMs: 0 };
  const names = Array.from({ length: options.participants }, (_, index) => `Participant ${index + 1}`);
  const joined = await joinParticipants(relayUrl, session.code, names, joins, {
    concurrency: 8,
    deadline: Date.now() + 5 * 60_000,
  });
  const pool = await WorkerPool.start<ToRoomWorker, FromRoomWorker>(
    options.workers,
    options.workerScript,
    options.repoRoot,
  );
  const opened: RoomScreen[] = [];
  try {
    const shares: RoomDeviceSpec[][] = Array.from({ length: options.workers }, () => []);
    joined.forEach((person, index) => {
      shares[index % options.workers]?.push({ index, name: names[index] ?? '', ...person });
    });
    const serverUrl = `${relayUrl.replace(/^http/, 'ws')}/sync`;
    await pool.request(
      shares.map((devices) => ({ type: 'prepare', serverUrl, sessionId: session.sessionId, devices })),
      'prepared',
      120_000,
    );
    progress(`${options.participants} participants on the roster; opening ${screens.join(', ')}`);
    const workerOf = (index: number) => pool.workers[index % options.workers];
    const sendAnswer = (index: number, text: string) =>
      workerOf(index)?.send({ type: 'answer', index, text });

    for (const name of screens) {
      const url =
        name === 'tablet'
          ? `${relayUrl}/f/${session.sessionId}#key=${session.facilitatorKey}`
          : name === 'projector'
            ? `${relayUrl}/p/${session.sessionId}#v=${session.viewerToken}`
            : `${relayUrl}/j/${session.code}`;
      const screen = await RoomScreen.open(browser, name, url);
      opened.push(screen);
      if (name === 'phone') {
        await screen.page.getByLabel('Your name').fill('Phone');
        await screen.page.getByRole('button', { name: 'Join' }).click();
        await screen.page.getByLabel('Your answer').fill('The phone answers first.');
        await screen.page.getByRole('button', { name: 'Publish answer' }).click();
      }
      await screen.page.getByTestId('answer-count').waitFor({ timeout: 60_000 });
    }
    const phone = opened.find((screen) => screen.name === 'phone');
    const expectedAnswers = options.participants + (phone ? 1 : 0);

    const samples: Array<{ at: number; taskMs: number[] }> = [];
    const sample = async () => {
      const at = Date.now();
      samples.push({ at, taskMs: await Promise.all(opened.map((screen) => screen.taskMs())) });
    };
    // The screens' own pace with nothing arriving (timers, the connection's upkeep), left out of the time per answer:
    // the quieter of three windows, as a screen may still be settling after it opened.
    const idle: Array<{ at: number; taskMs: number[] }> = [];
    for (let window = 0; window < 4; window++) {
      if (window > 0) await new Promise((resolve) => setTimeout(resolve, IDLE_MS / 3));
      idle.push({ at: Date.now(), taskMs: await Promise.all(opened.map((screen) => screen.taskMs())) });
    }
    const interval = (options.answerSeconds * 1000) / options.participants;
    const window = Math.min(100, Math.floor(options.participants / 3));
    progress(`${options.participants} answers over ${options.answerSeconds} s`);
    await Promise.all(opened.map((screen) => screen.startCounting(options.profile)));
    if (options.trace && opened[0])
      await browser.startTracing(opened[0].page, { categories: TRACE_CATEGORIES });
    let startAt = Date.now();
    await sample();
    for (let index = 0; index < options.participants; index++) {
      await sleepUntil(startAt + index * interval);
      sendAnswer(index, answerText(index));
      if (index + 1 === window || index + 1 === options.participants - window) await sample();
    }
    await sleepUntil(startAt + options.participants * interval);
    await sample();

    const edits = Math.round(options.editRate * options.editSeconds);
    const editors = Array.from({ length: Math.min(options.editors, options.participants) }, (_, k) =>
      Math.floor((k * options.participants) / Math.min(options.editors, options.participants)),
    );
    const finalTexts = new Map(
      Array.from({ length: options.participants }, (_, index) => [index, answerText(index)]),
    );
    progress(`${edits} edits by ${editors.length} participants over ${options.editSeconds} s`);
    startAt = Date.now();
    const typing = phone
      ? (async () => {
          await sleepUntil(startAt + 1000);
          await phone.page.getByRole('button', { name: 'Edit my answer' }).click({ timeout: 120_000 });
          await phone.setTyping(true);
          const box = phone.page.getByLabel('Your answer');
          await box.press('End', { timeout: 120_000 });
          await box.pressSequentially(` ${PHONE_TYPING}`.slice(0, 40), { delay: 100, timeout: 120_000 });
          await phone.setTyping(false);
        })()
      : Promise.resolve();
    let lastSent: Promise<number> = Promise.resolve(startAt);
    let marker = '';
    for (let edit = 0; edit < edits; edit++) {
      await sleepUntil(startAt + (edit * 1000) / options.editRate);
      // The last edit goes to the first answer, at the top of every list, so that screens show it.
      const index = edit === edits - 1 ? (editors[0] ?? 0) : (editors[edit % editors.length] ?? 0);
      const text = editText(index, edit);
      finalTexts.set(index, text);
      marker = text;
      if (edit < edits - 1) sendAnswer(index, text);
      else {
        // Timed from when the participant's model took it: a worker busy with 150 devices' sockets takes it late.
        const worker = workerOf(index);
        lastSent = worker ? worker.next('answered', 60_000).then((reply) => reply.at) : lastSent;
        worker?.send({ type: 'answer', index, text, reply: true });
      }
    }
    const shown = Promise.all(opened.map((screen) => screen.shown(expectedAnswers, marker, 60_000)));
    // Awaited below; a failure of the typing must not leave it unhandled while the screens close.
    shown.catch(() => {});
    await typing;
    const shownAt = await shown;
    const lastSentAt = await lastSent;
    const settled = await pool.broadcast({ type: 'settle', timeoutMs: 60_000 }, 'settled', 70_000);
    await facilitator.saved();
    const snapshot = facilitator.store.getSnapshot();
    const question = selectActiveQuestion(snapshot);
    const held = new Map(
      snapshot.answers
        .filter((answer) => answer.questionId === question?.id)
        .map((answer) => [answer.authorName, answer.text]),
    );
    let lost = settled.reduce((sum, reply) => sum + reply.failed, 0);
    for (const [index, text] of finalTexts) if (held.get(names[index] ?? '') !== text) lost++;

    if (options.trace && opened[0]) {
      const file = `${options.trace}/${opened[0].name}-${screens.length}.json`;
      writeFileSync(file, await browser.stopTracing());
      progress(`trace of the ${opened[0].name} in ${file}`);
    }
    const results: ScreenResult[] = [];
    for (const [position, screen] of opened.entries()) {
      if (options.profile) progress(`${screen.name} self time:\n${(await screen.stopProfile()).join('\n')}`);
      if (options.shots)
        await screen.page.screenshot({
          path: `${options.shots}/${screen.name}-${screens.length}.png`,
          fullPage: true,
        });
      const at = (moment: number) => samples[moment]?.taskMs[position] ?? Number.NaN;
      const idlePerMs = Math.min(
        ...idle.slice(1).map((end, window) => {
          const start = idle[window];
          return ((end.taskMs[position] ?? 0) - (start?.taskMs[position] ?? 0)) / (end.at - (start?.at ?? 0));
        }),
      );
      // samples: the start of the answers, after the first `window` of them, before the last `window`, the end.
      const perAnswer = (from: number) =>
        (at(from + 1) - at(from) - idlePerMs * ((samples[from + 1]?.at ?? 0) - (samples[from]?.at ?? 0))) /
        window;
      results.push({
        name: screen.name,
        ...(await screen.figures()),
        idleMsPerSecond: idlePerMs * 1000,
        updateMsFirst: perAnswer(0),
        updateMsLast: perAnswer(2),
        convergeMs: (shownAt[position] ?? Number.NaN) - lastSentAt,
      });
    }
    return { screens: results, lost };
  } finally {
    for (const screen of opened) await screen.close();
    await pool.stop();
    await facilitator.close();
  }
}
