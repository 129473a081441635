import { answerTerms } from '@peerloom/matching';
import { chooseDistantClass, type MiniClass } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';

// Two classes of one round; only their ids and seats matter here.
const base = { roundId: 'r', title: '', place: '', capacity: 5, teachers: [], attendees: [] };
const classes: MiniClass[] = [
  { ...base, id: 'recognition', productionId: 'p-recognition', seatsLeft: 4 },
  { ...base, id: 'onboarding', productionId: 'p-onboarding', seatsLeft: 2 },
];

describe('"let the app choose for me" with the matching package’s terms', () => {
  const texts: Record<string, string> = {
    // The same theme as the participant's answer, written in English.
    recognition: 'Kudos from my boss and a thank-you in front of the team',
    onboarding: 'A checklist and a buddy for the first week of a new hire',
  };
  const text = (entry: MiniClass) => texts[entry.id] ?? '';
  const own = 'Les remerciements du directeur devant toute l’équipe';

  it('sees a French answer and an English production on one theme as close, and sends the person elsewhere', () => {
    const terms = (value: string) => answerTerms(value, 'fr');
    expect(chooseDistantClass(classes, own, text, terms)?.id).toBe('onboarding');
  });

  it('where crude stems see two languages as two themes and fall back on seats', () => {
    expect(chooseDistantClass(classes, own, text)?.id).toBe('recognition');
  });
});
