import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { goOffline } from '../fixtures/goOffline.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';
import { expect, test } from '../fixtures/test.ts';

const PUBLIC_URL = 'http://peerloom.test:8080';

test('with PUBLIC_URL set, the join link, QR code and projector carry that address, not the one the facilitator opened, even after an offline reload', async ({
  newDevice,
}) => {
  const relay = await startRelayProcess({ env: { PUBLIC_URL } });
  try {
    const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
    await facilitator.goto('/');
    await facilitator.getByLabel('Session title').fill('Venue test');
    await facilitator.getByRole('button', { name: 'Create session' }).click();
    const joinCode = facilitator.getByTestId('join-code');
    await expect(joinCode).toHaveText(/^[2-9A-HJKMNP-Z]{6}$/);
    const code = (await joinCode.textContent()) ?? '';

    const joinLink = `${PUBLIC_URL}/j/${code}`;
    await expect(facilitator.getByLabel('Join link')).toHaveValue(joinLink);
    await expect(
      facilitator.getByRole('img', { name: `QR code for the join link ${joinLink}` }),
    ).toBeVisible();
    const projectorLink = facilitator.getByRole('link', { name: 'Open projector view' });
    await expect(projectorLink).toHaveAttribute('href', new RegExp(`^${PUBLIC_URL}/p/`));
    await expect(facilitator.getByTestId('unreachable-link-warning')).toHaveCount(0);
    await expect(facilitator.getByTestId('join-address')).toHaveText('Phones open peerloom.test:8080');
    await checkAccessibility(facilitator, 'facilitator join panel with PUBLIC_URL');

    // peerloom.test does not resolve here: the projector opens the same path on the relay's own address.
    const projectorPath = new URL((await projectorLink.getAttribute('href')) ?? '').pathname;
    const projectorHash = new URL((await projectorLink.getAttribute('href')) ?? '').hash;
    const projector = await newDevice({ viewport: { width: 1920, height: 1080 }, baseURL: relay.url });
    await projector.goto(`${projectorPath}${projectorHash}`);
    await expect(projector.getByTestId('projector-code')).toHaveText(code);
    await expect(projector.getByTestId('projector-join-host')).toHaveText('peerloom.test:8080');
    await expect(projector.getByRole('img', { name: `QR code for the join link ${joinLink}` })).toBeVisible();
    await expect(projector.getByText(/127\.0\.0\.1|localhost/)).toHaveCount(0);

    await facilitator.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await goOffline(facilitator);
    await facilitator.reload();
    await expect(facilitator.getByLabel('Join link')).toHaveValue(joinLink);
    await expect(
      facilitator.getByRole('img', { name: `QR code for the join link ${joinLink}` }),
    ).toBeVisible();
  } finally {
    await relay.dispose();
  }
});

test('a relay only this machine can reach: the facilitator is warned that phones cannot open the link', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Loopback only');
  const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
  const warning = facilitator.getByTestId('unreachable-link-warning');
  await expect(warning).toContainText('Phones cannot open this link');
  await expect(warning).toContainText(
    `It points to 127.0.0.1:${relay.port}, which only works on this computer.`,
  );
  await expect(facilitator.getByLabel('Join link')).toHaveValue(`${relay.url}/j/${session.code}`);
  await checkAccessibility(facilitator, 'facilitator join panel warning');
});
