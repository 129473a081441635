const suffixes = [
  'issements',
  'issement',
  'atrices',
  'atrice',
  'ateurs',
  'ations',
  'ateur',
  'ation',
  'logies',
  'logie',
  'ements',
  'ement',
  'ments',
  'ment',
  'ences',
  'ence',
  'ances',
  'ance',
  'ables',
  'able',
  'istes',
  'iste',
  'ismes',
  'isme',
  'euses',
  'euse',
  'eux',
  'ites',
  'ite',
  'ives',
  'ive',
  'ifs',
  'if',
  'eront',
  'erons',
  'erez',
  'erai',
  'eras',
  'era',
  'aient',
  'ions',
  'iez',
  'ait',
  'ais',
  'ant',
  'ants',
  'antes',
  'ante',
  'ees',
  'ee',
  'es',
  'er',
  'ez',
  'e',
  's',
  'x',
].sort((left, right) => right.length - left.length);

/** Folds accents away (é → e) so that spelling variants share a stem. */
export function foldAccents(word: string): string {
  return word.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// Derivational suffixes leave at least five letters, so that short words keep apart (formation/forme,
// gens/gênant, seul/seulement would otherwise share a stem).
const inflections = new Set(['eront', 'erons', 'erez', 'erai', 'eras', 'era', 'aient', 'ions', 'iez', 'ait']);
for (const suffix of ['ais', 'ees', 'ee', 'es', 'er', 'ez', 'e', 's', 'x']) inflections.add(suffix);

/**
 * A light French suffix stemmer: folds accents, then removes the longest known suffix, keeping a stem of
 * at least three letters after an inflection (-s, -er, -ait…) and five after a derivation (-ation, -ment…).
 */
export function stemFrench(word: string): string {
  const folded = foldAccents(word.toLowerCase());
  for (const suffix of suffixes) {
    if (!folded.endsWith(suffix)) continue;
    const minimum = inflections.has(suffix) ? 3 : 5;
    if (folded.length - suffix.length >= minimum) return folded.slice(0, -suffix.length);
    // A derivation too short to remove ("formations"): only its plural goes, so it meets "formation".
    if (!inflections.has(suffix)) return /[sx]$/.test(folded) ? folded.slice(0, -1) : folded;
  }
  return folded;
}
