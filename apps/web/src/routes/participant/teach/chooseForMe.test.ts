import { answerTerms } from '@peerloom/matching';
import { chooseDistantClass, type MiniClass } from '@peerloom/session-model';
import { describe, expect, it } from 'vitest';

const miniClass = (id: string, seatsLeft: number): MiniClass => ({
  id,
  roundId: 'r',
  productionId: `p-${id}`,
  title: '',
  place: '',
  capacity: 5,
  teachers: [],
  attendees: [],
  seatsLeft,
});

describe('"let the app choose for me" with the matching package’s terms', () => {
  const texts: Record<string, string> = {
    // The same theme as the participant's answer, written in English.
    recognition: 'Kudos from my boss and a thank-you in front of the team',
    onboarding: 'A checklist and a buddy for the first week of a new hire',
  };
  const text = (entry: MiniClass) => texts[entry.id] ?? '';
  const own = 'Les remerciements du directeur devant toute l’équipe';
  const classes = [miniClass('recognition', 4), miniClass('onboarding', 2)];

  it('sees a French answer and an English production on one theme as close, and sends the person elsewhere', () => {
    const terms = (value: string) => answerTerms(value, 'fr');
    expect(chooseDistantClass(classes, own, text, terms)?.id).toBe('onboarding');
  });

  it('where crude stems see two languages as two themes and fall back on seats', () => {
    expect(chooseDistantClass(classes, own, text)?.id).toBe('recognition');
  });
});
