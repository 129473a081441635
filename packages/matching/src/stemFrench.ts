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

/**
 * A light French suffix stemmer: folds accents, then removes the longest known inflectional or
 * derivational suffix while keeping a stem of at least three letters.
 */
export function stemFrench(word: string): string {
  const folded = foldAccents(word.toLowerCase());
  for (const suffix of suffixes) {
    if (folded.length - suffix.length >= 3 && folded.endsWith(suffix)) return folded.slice(0, -suffix.length);
  }
  return folded;
}
