import { describe, expect, it } from 'vitest';
import { chooseDistantClass, termDistance, termsOf } from './chooseDistantClass.ts';
import type { MiniClass } from './classTypes.ts';

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

describe('chooseDistantClass', () => {
  it('reads terms in English and French alike, without accents or plurals', () => {
    expect([...termsOf('Les écoles, une école; Bikes and bike!')].sort()).toEqual(['bike', 'ecole']);
    expect(termDistance(termsOf('bikes lanes'), termsOf('bike lane'))).toBe(0);
    expect(termDistance(termsOf('bikes'), termsOf('gardens'))).toBe(1);
  });

  it('picks the class whose words share least with the person’s, then the one with most seats, then the id', () => {
    const texts: Record<string, string> = {
      near: 'Cycling safely, bikes lanes',
      middle: 'Bikes and gardens in town',
      far: 'Music festivals and choirs',
      farToo: 'Singing lessons',
    };
    const text = (entry: MiniClass) => texts[entry.id] ?? '';
    const own = 'More bikes lanes for cycling';
    expect(chooseDistantClass([miniClass('near', 3), miniClass('middle', 3)], own, text)?.id).toBe('middle');
    expect(
      chooseDistantClass([miniClass('near', 3), miniClass('far', 1), miniClass('farToo', 2)], own, text)?.id,
    ).toBe('farToo');
    expect(chooseDistantClass([miniClass('farToo', 2), miniClass('far', 2)], own, text)?.id).toBe('far');
    expect(chooseDistantClass([], own, text)).toBeNull();
  });
});
