import type { MiniClass } from './classTypes.ts';

/** Words of at least four letters, lower-cased, with a plural `s` dropped: a crude stem that works in EN and FR. */
export function termsOf(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 4) continue;
    terms.add(word.endsWith('s') && word.length > 4 ? word.slice(0, -1) : word);
  }
  return terms;
}

/** 1 − Jaccard similarity of two term sets: 1 when they share nothing (two empty sets count as 1). */
export function termDistance(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  let shared = 0;
  for (const term of left) if (right.has(term)) shared++;
  const union = left.size + right.size - shared;
  return union === 0 ? 1 : 1 - shared / union;
}

/** Turns a text into the terms it is compared by. */
export type TermsOf = (text: string) => ReadonlySet<string>;

/**
 * "Let the app choose for me": among `open` classes, the one whose production is most distant from what the
 * person wrote, so they learn something new. Distance is 1 − Jaccard over the texts' terms: `terms` gives them
 * (the app passes `packages/matching`'s `answerTerms`: bilingual concepts, stop words, stems, no NLP model);
 * without it, crude stems. `productionText` gives a class's words (its title, its group's "why grouped" terms,
 * its members' answers). Ties go to the class with the most seats left, then the lower id, so the choice is the
 * same on every device. Null when nothing is open.
 */
export function chooseDistantClass(
  open: readonly MiniClass[],
  ownText: string,
  productionText: (entry: MiniClass) => string,
  terms: TermsOf = termsOf,
): MiniClass | null {
  const own = terms(ownText);
  let best: { entry: MiniClass; distance: number } | null = null;
  for (const entry of open) {
    const distance = termDistance(own, terms(productionText(entry)));
    const better =
      !best ||
      distance > best.distance ||
      (distance === best.distance &&
        (entry.seatsLeft > best.entry.seatsLeft ||
          (entry.seatsLeft === best.entry.seatsLeft && entry.id < best.entry.id)));
    if (better) best = { entry, distance };
  }
  return best?.entry ?? null;
}
