import { readFile } from 'node:fs/promises';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';
import { expect, test } from '../fixtures/test.ts';

test('the facilitator shares the session page with a read link, withdraws it, and takes the session to another relay through the archive', async ({
  relay,
  newDevice,
}) => {
  // Two facilitator devices, a download and an import: more than the default 90 s on a loaded machine.
  test.setTimeout(180_000);
  const facilitator = await newDevice({ viewport: { width: 1024, height: 1366 }, baseURL: relay.url });
  await facilitator.goto('/');
  await facilitator.getByLabel('Session title').fill('Shared session');
  await facilitator.getByRole('button', { name: 'Create session' }).click();
  await expect(facilitator).toHaveURL(/\/f\/[\w-]+$/);
  const sessionId = new URL(facilitator.url()).pathname.split('/')[2] ?? '';
  const code = (await facilitator.getByTestId('join-code').textContent()) ?? '';
  const facilitatorLink = await facilitator
    .getByRole('textbox', { name: 'Facilitator link', includeHidden: true })
    .inputValue();
  const key = new URL(facilitatorLink).hash.replace('#key=', '');
  const readLinkState = async () => {
    const response = await fetch(`${relay.url}/api/sessions/${sessionId}/read-link`, {
      headers: { 'x-facilitator-key': key },
    });
    return (await response.json()) as { active: boolean };
  };

  await facilitator.getByLabel('Title').fill('Why cities matter');
  await facilitator.getByRole('button', { name: 'Add item' }).click();
  await expect(facilitator.getByRole('heading', { name: 'Why cities matter' })).toBeVisible();

  const panel = facilitator.getByRole('region', { name: 'Share the session page' });
  const readLink = await test.step('share the page: a read link to /g/ID, with a QR code', async () => {
    await panel.getByRole('button', { name: 'Share the page' }).click();
    const link = panel.getByRole('textbox', { name: 'Read link to the session page' });
    await expect(link).toHaveValue(new RegExp(`/g/${sessionId}#read=[\\w-]+\\.[\\w-]+$`));
    await panel.getByText('Show a QR code').click();
    await expect(panel.getByRole('img', { name: /QR code of the read link/ })).toBeVisible();
    expect(await readLinkState()).toMatchObject({ active: true });
    await checkAccessibility(facilitator, 'facilitator with a shared page');
    return link.inputValue();
  });

  const reader = await newDevice({ viewport: { width: 1024, height: 768 } });
  await test.step('someone opens the read link: the session page, without joining', async () => {
    await reader.goto(readLink);
    await expect(reader.getByRole('heading', { name: 'Shared session', level: 1 })).toBeVisible();
    await expect(
      reader.getByText('This link to the session page was withdrawn by the facilitator.'),
    ).toHaveCount(0);
  });

  await test.step('withdraw it: the open page says so at once, and the relay no longer accepts it', async () => {
    await panel.getByRole('button', { name: 'Withdraw the link' }).click();
    await panel.getByRole('button', { name: 'Yes, withdraw the link' }).click();
    await expect(panel.getByText('The read link was withdrawn: it no longer opens the page.')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Share the page' })).toBeVisible();
    expect(await readLinkState()).toEqual({ active: false });
    await expect(
      reader.getByText('This link to the session page was withdrawn by the facilitator.'),
    ).toBeVisible();
  });

  const archivePath =
    await test.step('download the archive: no key, no session id, no join code', async () => {
      const downloading = facilitator.waitForEvent('download');
      await panel.getByRole('button', { name: 'Download the archive' }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^peerloom-session-\d{4}-\d{2}-\d{2}\.json$/);
      const path = await download.path();
      const text = await readFile(path, 'utf8');
      expect(JSON.parse(text)).toMatchObject({ format: 'peerloom-session-archive', version: 1 });
      expect(text).toContain('Why cities matter');
      for (const secret of [key, sessionId, `"${code}"`]) expect(text).not.toContain(secret);
      return path;
    });

  await test.step('import it on another Peerloom (a second relay process): a new session with the same content', async () => {
    const secondRelay = await startRelayProcess();
    try {
      const other = await newDevice({ viewport: { width: 1024, height: 1366 }, baseURL: secondRelay.url });
      await other.goto('/');
      await other.getByText('Import a session').click();
      await other.getByLabel('Session archive').setInputFiles({
        name: 'not-an-archive.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"a":1}'),
      });
      await expect(other.getByRole('alert')).toHaveText(
        'This file is not a Peerloom session archive, or it is damaged.',
      );
      await checkAccessibility(other, 'home with the import open');
      await other.getByLabel('Session archive').setInputFiles(archivePath);
      await expect(other).toHaveURL(/\/f\/[\w-]+$/);
      expect(other.url()).not.toContain(sessionId);
      await expect(other.getByRole('heading', { name: 'Why cities matter' })).toBeVisible();
      await expect(other.getByRole('heading', { level: 1, name: 'Shared session' })).toBeVisible();
      await expect(other.getByTestId('join-code')).toHaveText(/^[2-9A-HJKMNP-Z]{6}$/);
      await expect(other.getByTestId('join-code')).not.toHaveText(code);
    } finally {
      await secondRelay.dispose();
    }
  });
});
