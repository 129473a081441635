import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { joinMemberFromNode } from '../fixtures/memberFromNode.ts';
import { startCreation } from '../fixtures/startCreation.ts';
import { startRelayProcess } from '../fixtures/startRelayProcess.ts';
import { expect as baseExpect, test } from '../fixtures/test.ts';

const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 240_000 });

async function shareReadLink(relayUrl: string, sessionId: string, key: string) {
  const response = await fetch(`${relayUrl}/api/sessions/${sessionId}/read-link`, {
    method: 'POST',
    headers: { 'x-facilitator-key': key },
  });
  return ((await response.json()) as { path: string }).path;
}

test('a session archive imported into a second relay process shows the same session page, contributions included', async ({
  relay,
  newDevice,
}) => {
  const session = await relay.createSession('Better meetings');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  const members = [];
  const second = await startRelayProcess();
  try {
    facilitator.store.commands.addQuestion('What would make our meetings better?');
    facilitator.store.commands.setPhase('share');
    await facilitator.saved();
    for (const name of ['Ada', 'Bao', 'Cleo', 'Dan']) {
      members.push(await joinMemberFromNode(relay.url, session.code, name));
    }
    const [ada, bao, cleo] = members;
    if (!ada || !bao || !cleo) throw new Error('members did not join');
    await startCreation(facilitator, [
      ['Ada', 'Bao'],
      ['Cleo', 'Dan'],
    ]);
    await bao.write('Problem', 'Meetings run late because nobody owns the agenda');
    await ada.write('Idea', 'Rotate who chairs');
    await cleo.write('Idea', 'A fifteen minute stand-up with a timer');

    const original = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
    await original.goto(await shareReadLink(relay.url, session.sessionId, session.facilitatorKey));
    const originalProductions = original.getByTestId('page-production');
    await expect(originalProductions).toHaveCount(2);
    await expect(originalProductions.first()).toContainText('Rotate who chairs');
    await expect(originalProductions.nth(1)).toContainText('A fifteen minute stand-up with a timer');

    const archive = await fetch(`${relay.url}/api/sessions/${session.sessionId}/archive`, {
      headers: { 'x-facilitator-key': session.facilitatorKey },
    });
    const imported = await fetch(`${second.url}/api/sessions/import`, {
      method: 'POST',
      body: await archive.text(),
    });
    expect(imported.status).toBe(201);
    const copy = (await imported.json()) as { sessionId: string; facilitatorKey: string };

    const copied = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: second.url });
    await copied.goto(await shareReadLink(second.url, copy.sessionId, copy.facilitatorKey));
    await expect(copied.getByRole('heading', { name: 'Better meetings', level: 1 })).toBeVisible();
    const copiedProductions = copied.getByTestId('page-production');
    await expect(copiedProductions).toHaveCount(2);
    await expect(copiedProductions).toHaveText(await originalProductions.allInnerTexts(), {
      useInnerText: true,
    });
    await expect(copiedProductions.first().getByTestId('contribution')).toContainText(['Bao: 8 words']);
  } finally {
    for (const member of members) await member.close();
    await facilitator.close();
    await second.dispose();
  }
});
