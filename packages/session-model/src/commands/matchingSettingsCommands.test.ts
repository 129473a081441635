import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSessionStore } from '../createSessionStore.ts';
import { asParticipantId, asSessionId } from '../schema/ids.ts';
import { controlLayout } from '../schema/layout.ts';
import { DEFAULT_MATCHING_SETTINGS } from '../schema/readMatchingSettings.ts';
import { refusalOf } from '../test/createTestSession.ts';

function twoFacilitatorDevices() {
  const tablet = { control: new Y.Doc(), room: new Y.Doc() };
  const laptop = { control: new Y.Doc(), room: new Y.Doc() };
  const first = createSessionStore({ ...tablet, actor: { role: 'facilitator' } });
  const second = createSessionStore({ ...laptop, actor: { role: 'facilitator' } });
  first.commands.seedSession({ sessionId: asSessionId('s'), title: 'T', language: 'en', joinCode: 'ABCDEF' });
  const sync = () => {
    Y.applyUpdate(laptop.control, Y.encodeStateAsUpdate(tablet.control));
    Y.applyUpdate(tablet.control, Y.encodeStateAsUpdate(laptop.control));
  };
  sync();
  return { tablet, first, second, sync };
}

describe('matching settings', () => {
  it('start from the defaults and are the same on a second facilitator device once synced', () => {
    const { first, second, sync } = twoFacilitatorDevices();
    expect(first.getSnapshot().matchingSettings.thematic).toEqual(DEFAULT_MATCHING_SETTINGS);
    first.commands.setGroupSizes('thematic', { min: 4, target: 6, max: 6 });
    first.commands.setMatchWeight('thematic', { type: 'question', id: 'q1' }, 2);
    second.commands.setMatchWeight('thematic', { type: 'criterion', id: 'organisation' }, 1.5);
    second.commands.setMatchWeight('thematic', { type: 'tags' }, 0);
    sync();
    const expected = {
      sizes: { min: 4, target: 6, max: 6 },
      questionWeights: { q1: 2 },
      tagWeight: 0,
      criteriaWeights: { organisation: 1.5 },
    };
    expect(first.getSnapshot().matchingSettings.thematic).toEqual(expected);
    expect(second.getSnapshot().matchingSettings.thematic).toEqual(expected);
    expect(second.getSnapshot().matchingSettings.diverse).toEqual(DEFAULT_MATCHING_SETTINGS);
  });

  it('refuse sizes and weights that cannot be used, and participants', () => {
    const { first, tablet } = twoFacilitatorDevices();
    for (const sizes of [
      { min: 1, target: 3, max: 4 },
      { min: 4, target: 3, max: 6 },
      { min: 3, target: 5, max: 4 },
      { min: 3, target: 4.5, max: 6 },
      { min: 3, target: 5, max: 51 },
    ]) {
      expect(refusalOf(() => first.commands.setGroupSizes('diverse', sizes))).toBe('settings_invalid');
    }
    for (const weight of [-1, 2.5, Number.NaN]) {
      expect(refusalOf(() => first.commands.setMatchWeight('thematic', { type: 'tags' }, weight))).toBe(
        'settings_invalid',
      );
    }
    const participant = createSessionStore({
      ...tablet,
      actor: { role: 'participant', participantId: asParticipantId('p') },
    });
    expect(
      refusalOf(() => participant.commands.setGroupSizes('diverse', { min: 2, target: 3, max: 4 })),
    ).toBe('not_allowed');
    expect(first.getSnapshot().matchingSettings.diverse).toEqual(DEFAULT_MATCHING_SETTINGS);
  });

  it('read foreign-shaped stored values as the defaults', () => {
    const { first, tablet } = twoFacilitatorDevices();
    const stored = controlLayout.matchingSettings(tablet.control);
    stored.set('diverse/sizes', { min: '3', target: 5, max: 6 });
    stored.set('diverse/tags', 'heavy');
    stored.set('diverse/question/q1', -3);
    expect(first.getSnapshot().matchingSettings.diverse).toEqual(DEFAULT_MATCHING_SETTINGS);
  });
});
