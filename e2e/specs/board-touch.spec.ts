import { fillMixRoom } from '../fixtures/fillMixRoom.ts';
import { setGroupSizes } from '../fixtures/groupSettings.ts';
import { expect, test } from '../fixtures/test.ts';

test('on a touch tablet, the facilitator drags a person to another group with a finger, and the board announces it', async ({
  relay,
  newDevice,
}) => {
  test.setTimeout(180_000);
  const session = await relay.createSession('Touch');
  const tablet = await newDevice({ phone: true, viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await tablet.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  await fillMixRoom(tablet, relay.url, session, 8);
  await setGroupSizes(tablet, 2, 4, 4);
  await tablet.getByRole('button', { name: 'Form diverse groups' }).click();
  const cards = tablet.getByTestId('group-card');
  await expect(cards).toHaveCount(2);
  await expect(tablet.getByTestId('group-member')).toHaveCount(8);

  const person = cards.nth(0).getByTestId('group-member').first();
  const name = (await person.locator('.member-name').textContent()) ?? '';
  await person.scrollIntoViewIfNeeded();
  const from = await person.locator('.member-name').boundingBox();
  const to = await cards.nth(1).locator('h3').boundingBox();
  if (!from || !to) throw new Error('the board is not on screen');
  const start = { x: from.x + from.width / 2, y: from.y + from.height / 2 };
  const end = { x: to.x + to.width / 2, y: to.y + to.height / 2 };

  // Real touch events, as a finger makes them: press, hold until the card lifts, slide, release.
  const cdp = await tablet.context().newCDPSession(tablet);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
  await expect(person).toHaveClass(/member-dragging/);
  const steps = 12;
  for (let step = 1; step <= steps; step++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: [
        { x: start.x + ((end.x - start.x) * step) / steps, y: start.y + ((end.y - start.y) * step) / steps },
      ],
    });
  }
  await expect(cards.nth(1)).toHaveClass(/group-card-over/);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });

  await expect(cards.nth(1).locator('.member-name', { hasText: new RegExp(`^${name}$`) })).toBeVisible();
  await expect(cards.nth(1).getByTestId('group-member')).toHaveCount(5);
  await expect(tablet.locator('[id^="DndLiveRegion"]')).toHaveText(`${name} moved to Group 2.`);
});
