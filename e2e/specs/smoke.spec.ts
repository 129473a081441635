import { expect, test } from '../fixtures/test.ts';

async function health(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: await response.json() };
}

test('the relay process serves the API and the app, and comes back on the same port after a crash', async ({
  relay,
  newDevice,
}) => {
  await test.step('healthz answers', async () => {
    expect(await health(relay.url)).toEqual({ status: 200, body: expect.objectContaining({ ok: true }) });
  });

  const session = await test.step('a session can be created', async () => {
    const created = await relay.createSession('Smoke test', 'fr');
    expect(created).toEqual(
      expect.objectContaining({
        sessionId: expect.any(String),
        code: expect.stringMatching(/^[A-Z0-9]{6}$/),
        facilitatorKey: expect.any(String),
        viewerToken: expect.any(String),
      }),
    );
    return created;
  });

  const page = await newDevice({ phone: true });
  await test.step('Chromium opens the app', async () => {
    const response = await page.goto(`${relay.url}/`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toContain('text/html');
    await expect(page.locator('html')).toBeAttached();
  });

  const port = relay.port;
  await test.step('the relay is SIGKILLed', async () => {
    await relay.kill();
    expect(relay.running).toBe(false);
    await expect(health(relay.url)).rejects.toThrow();
  });

  await test.step('it restarts on the same port with the same data', async () => {
    await relay.restart();
    expect(relay.port).toBe(port);
    expect(await health(relay.url)).toEqual({ status: 200, body: expect.objectContaining({ ok: true }) });
    const described = await fetch(`${relay.url}/api/sessions/${session.sessionId}`, {
      headers: { 'x-facilitator-key': session.facilitatorKey },
    });
    expect(described.status).toBe(200);
    expect(await described.json()).toEqual(expect.objectContaining({ code: session.code, language: 'fr' }));
    const reloaded = await page.reload();
    expect(reloaded?.status()).toBe(200);
  });
});
