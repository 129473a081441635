import { describe, expect, it } from 'vitest';
import { isTopicWord } from '../bench/labelQuality.ts';
import { lexiconWords, workshopConcepts } from './conceptLexicon.ts';
import { createTextAnalyzer } from './textAnalyzer.ts';

const analyzer = createTextAnalyzer();
const concepts = (text: string, room: 'en' | 'fr' = 'fr') =>
  analyzer
    .analyze(text, room)
    .filter((token) => token.stem.startsWith('~'))
    .map((token) => token.stem.slice(1));

describe('bilingual concept lexicon', () => {
  it('lists each word once per language, so that no word means two concepts', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of workshopConcepts) {
      for (const language of ['en', 'fr'] as const) {
        for (const written of entry.words[language]) {
          const key = `${language}:${lexiconWords(written).join(' ')}`;
          const other = seen.get(key);
          if (other && other !== entry.id) twice.push(`${key} in ${other} and ${entry.id}`);
          seen.set(key, entry.id);
        }
      }
    }
    expect(twice).toEqual([]);
  });

  it('labels every concept with topic words in both languages (no stop word, no filler)', () => {
    const bad: string[] = [];
    for (const entry of workshopConcepts) {
      for (const language of ['en', 'fr'] as const) {
        for (const word of entry.label[language].split(/[\s'’-]+/)) {
          if (!isTopicWord(word)) bad.push(`${entry.id}.${language}: ${word}`);
        }
      }
    }
    expect(bad).toEqual([]);
  });

  it('meets French and English words of one idea, inflected, in phrases and in franglais', () => {
    expect(concepts('mon chef')).toEqual(['manager']);
    expect(concepts('my boss', 'en')).toEqual(['manager']);
    expect(concepts('mon n+1 au top')).toContain('manager');
    expect(concepts('kudos du boss sur Teams')).toEqual(['thanks', 'manager', 'messages']);
    expect(concepts('he thanked me', 'en')).toEqual(['thanks']);
    expect(concepts("l'ordre du jour envoyé avant")).toEqual(['agenda']);
    expect(concepts('a clear agenda', 'fr')).toEqual(['agenda']);
    expect(concepts('commence à l’heure')).toEqual(['punctuality']);
    expect(concepts('we decided, then prepared the trainings', 'en')).toEqual([
      'decision',
      'preparation',
      'course',
    ]);
    expect(concepts('an international event', 'en')).toEqual([]);
  });

  it('leaves English words out of concepts where news, questions and snippets mean something else', () => {
    // A stop word or filler alone ("under", "together", "real", "try") and words whose everyday sense is
    // another topic ("study", "crash", "comments", "how to do") stay ordinary words.
    expect(concepts('under 30 minutes', 'en')).toEqual([]);
    expect(concepts('join two tables together', 'en')).toEqual([]);
    expect(concepts('in real life', 'en')).toEqual([]);
    expect(concepts('how to do a left join', 'en')).toEqual([]);
    expect(concepts('a new study of patients', 'en')).toEqual(['customer']);
    expect(concepts('plane crash kills 40', 'en')).toEqual([]);
    expect(concepts('read the comments', 'en')).toEqual([]);
    // The workshop senses stay.
    expect(concepts('a to-do list after each meeting', 'en')).toEqual(['action', 'meeting']);
    expect(concepts('short meetings', 'en')).toEqual(['meeting']);
    expect(concepts('real projects', 'en')).toEqual(['project']);
  });

  it('covers the topics trainings ask about, not only the questions it was tuned on', () => {
    const pairs: [string, string, string][] = [
      ['un meilleur équilibre vie pro vie perso', 'better work-life balance', 'balance'],
      ['des horaires flexibles', 'flexible hours', 'flexibility'],
      ['une bonne mutuelle', 'good health insurance', 'benefits'],
      ['monter en compétences', 'new skills', 'skills'],
      ['un travail qui a du sens', 'meaningful work', 'meaning'],
      ['relever des défis', 'challenging problems', 'challenge'],
      ['la bonne ambiance', 'we have fun', 'atmosphere'],
      ['pas de micromanagement', 'no micromanagement', 'autonomy'],
      ['mon chef montre l’exemple', 'my manager leads by example', 'example'],
      ['des conflits dans l’équipe', 'conflicts in the team', 'conflict'],
      ['trop de paperasse', 'too much paperwork', 'bureaucracy'],
      ['poser mes congés', 'taking time off', 'timeoff'],
    ];
    for (const [french, english, concept] of pairs) {
      expect(concepts(french, 'fr')).toContain(concept);
      expect(concepts(english, 'en')).toContain(concept);
    }
  });

  it('keeps English words whose everyday sense is another topic, and French homographs, ordinary words', () => {
    // News, search snippets and programming questions: the shared corpora lost points to such words.
    for (const text of [
      'brain scan study',
      'admin panel login',
      'google calendar api',
      'the atmosphere of mars',
      'computer vision',
      'medical procedures',
      'kosovo independence',
      'climate summit',
    ])
      expect(concepts(text, 'en')).toEqual([]);
  });

  it('labels a concept in the room language whatever the answer language', () => {
    const french = analyzer.analyze('my boss', 'fr').map((token) => token.surface);
    const english = analyzer.analyze('les remerciements', 'en').map((token) => token.surface);
    expect(french).toEqual(['manager']);
    expect(english).toEqual(['thanks']);
    expect(analyzer.analyze('the team', 'fr').map((token) => token.surface)).toEqual(['équipe']);
  });
});
