import { StallMonitor } from '../../sync-server/bench/StallMonitor.ts';
import { epochNow, type FromGalleryWorker, type ToGalleryWorker } from './galleryProtocol.ts';
import { PageDevice } from './PageDevice.ts';

// A process of the gallery bench: a share of the 300 devices, each opening the session page when told to.
let devices: PageDevice[] = [];
let commentStalls: StallMonitor | null = null;
// Every socket adds listeners to the process.
process.setMaxListeners(0);

function send(message: FromGalleryWorker): void {
  process.send?.(message);
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} not within ${timeoutMs} ms`)), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

async function open(startedAt: number, timeoutMs: number) {
  const stalls = new StallMonitor(100);
  await withTimeout(
    Promise.all(devices.map((device) => device.open())),
    timeoutMs,
    'every page of this worker shown',
  );
  send({
    type: 'opened',
    stalls: stalls.stop(),
    openings: devices.map((device) => ({
      index: device.spec.index,
      openMs: (device.shownAt ?? Number.NaN) - device.startedAt,
      sinceStartMs: (device.shownAt ?? Number.NaN) - startedAt,
      sockets: device.sockets,
      peakSockets: device.peakSockets,
    })),
  });
}

async function waitForComment(text: string, productionId: string, author: number | null, timeoutMs: number) {
  commentStalls ??= new StallMonitor(100);
  let postedAt: number | null = null;
  const readers = devices.filter((device) => device.spec.index !== author);
  const writer = devices.find((device) => device.spec.index === author);
  if (writer) {
    postedAt = epochNow();
    writer.comment(productionId, text);
  }
  const deadline = Date.now() + timeoutMs;
  while (readers.some((device) => !device.commentsSeen.has(text))) {
    if (Date.now() > deadline) {
      const missing = readers.filter((device) => !device.commentsSeen.has(text)).length;
      throw new Error(`${missing} devices did not see the comment within ${timeoutMs} ms`);
    }
    // Arrival times are stamped by each device's own listener; this loop only waits to reply.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  send({
    type: 'comment-seen',
    postedAt,
    seenAt: readers.map((device) => device.commentsSeen.get(text) ?? Number.NaN),
  });
}

const fail = (error: unknown) => send({ type: 'failed', message: String(error) });

process.on('message', (message: ToGalleryWorker) => {
  if (message.type === 'prepare') {
    devices = message.devices.map((spec) => new PageDevice(spec, message.page));
    send({ type: 'prepared' });
  } else if (message.type === 'open') {
    open(message.startedAt, message.timeoutMs).catch(fail);
  } else if (message.type === 'comment') {
    waitForComment(message.text, message.productionId, message.author, message.timeoutMs).catch(fail);
  } else if (message.type === 'report') {
    send({
      type: 'report',
      commentStalls: commentStalls?.stop() ?? null,
      heapUsedMb: process.memoryUsage().heapUsed / 1024 / 1024,
      reopenedSockets: devices.reduce((total, device) => total + device.sockets - 3, 0),
    });
  } else if (message.type === 'stop') {
    for (const device of devices) device.destroy();
    setTimeout(() => process.exit(0), 100);
  }
});
process.on('disconnect', () => process.exit(1));
send({ type: 'ready' });
