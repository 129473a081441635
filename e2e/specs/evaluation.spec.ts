import type { Locator, Page } from '@playwright/test';
import { checkAccessibility } from '../fixtures/checkAccessibility.ts';
import { openFacilitatorFromNode } from '../fixtures/facilitatorFromNode.ts';
import { joinSession } from '../fixtures/joinPhone.ts';
import { joinMemberFromNode, type NodeMember } from '../fixtures/memberFromNode.ts';
import { type EvaluationOptions, seedEvaluationFromNode } from '../fixtures/seedEvaluationFromNode.ts';
import { expect, type RelayProcess, test } from '../fixtures/test.ts';

const SHOTS = process.env.SHOTS_DIR ?? '';

/** A screenshot of what the person sees, scrolled to `target` when given. */
async function shoot(page: Page, name: string, target?: Locator) {
  if (!SHOTS) return;
  await target?.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test.describe.configure({ timeout: 300_000 });

/**
 * Three groups of two: Ada (a phone) with a Node member, Bo and Cy (laptops) each with one. Returns the devices
 * once step 6 is live with the rubric and `options`.
 */
async function evaluationRoom(
  relay: RelayProcess,
  newDevice: (options?: {
    phone?: boolean;
    viewport?: { width: number; height: number };
    baseURL?: string;
  }) => Promise<Page>,
  options: EvaluationOptions,
) {
  const session = await relay.createSession('Co-evaluation');
  const facilitator = await openFacilitatorFromNode(relay.url, session);
  const ada = await newDevice({ phone: true, baseURL: relay.url });
  const bo = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  const cy = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
  await joinSession(ada, session.code, 'Ada Lovelace');
  await joinSession(bo, session.code, 'Bo Peep');
  await joinSession(cy, session.code, 'Cy Twombly');
  const members: NodeMember[] = [];
  for (const name of ['Dee Writer', 'Eve Writer', 'Fay Writer']) {
    members.push(await joinMemberFromNode(relay.url, session.code, name));
  }
  const seeded = await seedEvaluationFromNode(
    facilitator,
    [
      ['Ada Lovelace', 'Dee Writer'],
      ['Bo Peep', 'Eve Writer'],
      ['Cy Twombly', 'Fay Writer'],
    ],
    members,
    options,
  );
  const close = async () => {
    await Promise.all(members.map((member) => member.close()));
    await facilitator.close();
  };
  return { session, facilitator, ada, bo, cy, seeded, close };
}

/** Ada opens the evaluation of `title`, reads the production beside the rubric, scores and comments, sends. */
async function evaluate(ada: Page, title: string, levels: readonly number[], comment: string) {
  await ada
    .getByTestId('assignment')
    .filter({ hasText: title })
    .getByRole('button', { name: 'Evaluate' })
    .click();
  await expect(ada.getByTestId('production-preview')).toContainText('wrote: meetings run late.');
  const questions = ada.getByTestId('rubric-form').getByRole('group');
  for (const [index, level] of levels.entries()) {
    await questions
      .nth(index)
      .getByRole('radio')
      .nth(level - 1)
      .check();
  }
  await ada.getByLabel('One thing that works well, and one thing to improve').fill(comment);
  await ada.getByRole('button', { name: 'Send my evaluation' }).click();
  await expect(ada.getByText('Thank you, your evaluation was sent.')).toBeVisible();
}

test('an anonymous rubric evaluation from one group reaches the evaluated group with no evaluator name on its screen', async ({
  relay,
  newDevice,
}) => {
  const room = await evaluationRoom(relay, newDevice, {
    mode: 'together',
    namedToGroup: false,
    namedToFacilitator: false,
  });
  try {
    const { ada, bo, seeded } = room;
    const boGroup = seeded.productionOf('Bo Peep');
    expect(seeded.assignedTo('Ada Lovelace')).toContain(boGroup.id);
    await expect(ada.getByTestId('anonymity-notice')).toContainText(
      'The group you evaluate will not see your name.',
    );
    await expect(ada.getByTestId('anonymity-notice')).toContainText(
      'The facilitator does not see your name either.',
    );
    await expect(ada.getByTestId('assignment')).toHaveCount(2);
    await shoot(ada, 'participant-assignments-390');
    await ada
      .getByTestId('assignment')
      .filter({ hasText: `Group ${boGroup.number}` })
      .getByRole('button')
      .click();
    await expect(ada.getByTestId('production-preview')).toContainText('Eve Writer wrote: meetings run late.');
    await shoot(ada, 'participant-evaluate-390', ada.getByTestId('production-preview'));
    await shoot(ada, 'participant-rubric-390', ada.getByTestId('rubric-form').getByRole('group').nth(1));
    await ada.getByRole('button', { name: 'Back to my evaluations' }).click();
    await evaluate(ada, `Group ${boGroup.number}`, [2, 3, 4], 'The problem is clear; say who it hurts most.');

    const results = bo.getByTestId('group-results');
    await expect(results).toContainText('1 evaluation');
    await expect(results.getByTestId('criterion-result').first()).toContainText('Median 2 / 4');
    const comment = results.getByTestId('evaluation-comment');
    await expect(comment).toContainText('The problem is clear; say who it hurts most.');
    await expect(comment).toContainText('an evaluator');
    await expect(bo.locator('body')).not.toContainText('Ada');
    await expect(bo.locator('body')).not.toContainText('Lovelace');
    await comment.getByRole('button', { name: /Helpful/ }).click();
    await expect(comment.getByRole('button', { name: 'Helpful (1)' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await shoot(bo, 'participant-results-1024', results);
    await bo.setViewportSize({ width: 390, height: 844 });
    await shoot(bo, 'participant-results-390', results.getByTestId('criterion-results'));
    await bo.setViewportSize({ width: 1024, height: 768 });
    await checkAccessibility(bo, 'evaluated group results');

    // In French, the step's own messages follow the switch, and the evaluator stays unnamed.
    await bo.getByLabel('Language').selectOption('fr');
    await expect(results).toContainText('Ce que les autres disent de votre production');
    await expect(results.getByTestId('evaluation-comment')).toContainText('un évaluateur');
    await expect(bo.locator('body')).not.toContainText('Lovelace');
    await shoot(bo, 'participant-results-fr-1024', results);
    await checkAccessibility(ada, 'evaluator assignments');
  } finally {
    await room.close();
  }
});

test('a named rubric evaluation shows its evaluator to the evaluated group, and the setting is then locked', async ({
  relay,
  newDevice,
}) => {
  const room = await evaluationRoom(relay, newDevice, {
    mode: 'split',
    namedToGroup: true,
    namedToFacilitator: true,
  });
  try {
    const { ada, bo, cy, seeded, session } = room;
    const [target] = seeded.assignedTo('Ada Lovelace');
    const reader = target === seeded.productionOf('Bo Peep').id ? bo : cy;
    const targetNumber =
      target === seeded.productionOf('Bo Peep').id
        ? seeded.productionOf('Bo Peep').number
        : seeded.productionOf('Cy Twombly').number;
    await expect(ada.getByTestId('anonymity-notice')).toContainText(
      'The group you evaluate will see your name.',
    );
    await expect(ada.getByTestId('assignment')).toHaveCount(1);
    await evaluate(ada, `Group ${targetNumber}`, [4, 4, 3], 'Bold idea.');
    const comment = reader.getByTestId('group-results').getByTestId('evaluation-comment');
    await expect(comment).toContainText('Bold idea.');
    await expect(comment).toContainText('— Ada Lovelace');

    const facilitator = await newDevice({ viewport: { width: 1024, height: 768 }, baseURL: relay.url });
    await facilitator.goto(`/f/${session.sessionId}#key=${session.facilitatorKey}`);
    await expect(facilitator.getByTestId('evaluation-progress')).toContainText('1 of 6 evaluations done');
    await shoot(facilitator, 'facilitator-live-1024');
    // Once evaluations exist, progress and results come first; the rubric and settings fold under them.
    await facilitator.getByText('Rubric and settings').click();
    const anonymity = facilitator.getByTestId('anonymity-settings');
    await expect(anonymity).toContainText('Locked');
    await expect(anonymity.getByRole('radio', { name: /Anonymous/ })).toBeDisabled();
    await expect(facilitator.getByTestId('evaluation-results')).toContainText('— Ada Lovelace');
    await shoot(facilitator, 'facilitator-settings-1024', anonymity);
    await shoot(facilitator, 'facilitator-progress-1024', facilitator.getByTestId('evaluation-progress'));
    await shoot(facilitator, 'facilitator-results-1024', facilitator.getByTestId('evaluation-results'));
    await facilitator.setViewportSize({ width: 1920, height: 1080 });
    await shoot(facilitator, 'facilitator-evaluation-1920', facilitator.getByTestId('rubric-editor'));

    const projector = await newDevice({ viewport: { width: 1920, height: 1080 }, baseURL: relay.url });
    await projector.goto(`/p/${session.sessionId}#v=${session.viewerToken}`);
    await expect(projector.getByTestId('projector-evaluation-progress')).toContainText(
      '1 of 6 evaluations done',
    );
    await expect(projector.getByTestId('criterion-result')).toHaveCount(0);
    await shoot(projector, 'projector-1920');
    // The facilitator puts the results on the wall: medians per criterion, never a comment or a name.
    await facilitator.getByLabel(/Show the results per criterion on the projector/).check();
    await expect(projector.getByTestId('criterion-result').first()).toContainText('Median 4 / 4');
    await expect(projector.locator('body')).not.toContainText('Bold idea.');
    await expect(projector.locator('body')).not.toContainText('Lovelace');
    await shoot(projector, 'projector-results-1920');
    await checkAccessibility(facilitator, 'facilitator evaluation');
  } finally {
    await room.close();
  }
});
