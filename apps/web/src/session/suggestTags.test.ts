import { describe, expect, it } from 'vitest';
import { suggestTags } from './suggestTags.ts';

const answer = (participantId: string, text: string, tags: string[] = []) => ({ participantId, text, tags });

describe('suggestTags', () => {
  it('offers the tags the room already uses, those near the draft and the most used first', () => {
    const room = [
      answer('a', 'trop de réunions', ['réunions']),
      answer('b', 'les réunions sans fin', ['réunions']),
      answer('c', 'mon ordi plante', ['outils']),
      answer('d', 'le logiciel rame', ['outils', 'lenteur']),
      answer('e', 'encore des outils', ['outils']),
    ];
    expect(suggestTags('', [], room, 'me')).toEqual(['outils', 'réunions', 'lenteur']);
    expect(suggestTags('des réunionites partout', [], room, 'me')[0]).toBe('réunions');
  });

  it('leaves out the tags already typed and the person’s own', () => {
    const room = [answer('me', 'x', ['secret']), answer('a', 'y', ['video']), answer('b', 'z', ['Vidéo'])];
    expect(suggestTags('', ['video'], room, 'me')).toEqual([]);
  });

  it('offers a word of the draft that two other people wrote, never a common word', () => {
    const room = [
      answer('a', 'toujours le télétravail'),
      answer('b', 'télétravail le vendredi, toujours'),
      answer('c', 'la cantine'),
    ];
    expect(suggestTags('le télétravail toujours', [], room, 'me')).toEqual(['télétravail']);
    expect(suggestTags('la cantine', [], room, 'me')).toEqual([]);
  });
});
