import { fillMixRoom } from '../fixtures/fillMixRoom.ts';
import { expect, test } from '../fixtures/test.ts';

const TABLET = { width: 1024, height: 768 };

test('a facilitator scrolled down to the group board still sees that the relay is gone', async ({
  relay,
  newDevice,
}) => {
  // Twelve people join from Node before the board exists; a loaded machine needs the room.
  test.slow();
  const session = await relay.createSession('Big room');
  const facilitator = await newDevice({ viewport: TABLET, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await fillMixRoom(facilitator, relay.url, session, 12);
  await facilitator.getByRole('button', { name: 'Form diverse groups' }).click();
  await expect(facilitator.getByTestId('group-member')).toHaveCount(12);

  const badge = facilitator.locator('output[data-connection]');
  await expect(badge).toHaveText(/Saved on the server/);
  const onlineBackground = await badge.evaluate((element) => getComputedStyle(element).backgroundColor);
  // Scrolled to the bottom of the cockpit (the board, then its folded settings): the header is far above.
  await facilitator.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => facilitator.evaluate(() => window.scrollY)).toBeGreaterThan(300);

  await relay.kill();
  await expect(badge).toHaveAttribute('data-connection', 'offline');
  await expect(badge).toHaveText(/Offline/);
  await expect(badge).toBeInViewport({ ratio: 1 });
  const box = await badge.boundingBox();
  expect(box, 'the badge has a box').not.toBeNull();
  if (box) {
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(TABLET.height);
  }
  // Offline looks unlike "saved": the state is told by colour and words, not by a small dot alone.
  const offlineBackground = await badge.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(offlineBackground).not.toBe(onlineBackground);
});
