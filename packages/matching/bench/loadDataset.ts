import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AnswerLanguage } from '../src/textAnalyzer.ts';

/** A labelled text data set read from `texts.txt` and `labels.txt`. */
export interface LabelledDataset {
  name: string;
  texts: string[];
  labels: number[];
  /** Language of each text, from `languages.txt` when the set has one (the development sets do). */
  languages?: AnswerLanguage[];
  /** Name of each label, from `themes.txt` when the set has one. */
  themes?: string[];
}

/** Reads a data set folder (relative to the current directory or absolute). */
export function loadDataset(folder: string): LabelledDataset {
  const path = resolve(process.cwd(), folder);
  const lines = (file: string) => readFileSync(resolve(path, file), 'utf8').replace(/\n$/, '').split('\n');
  const optional = (file: string) => (existsSync(resolve(path, file)) ? lines(file) : undefined);
  const texts = lines('texts.txt');
  const labels = lines('labels.txt').map(Number);
  if (texts.length !== labels.length)
    throw new Error(`${path}: ${texts.length} texts but ${labels.length} labels`);
  const languages = optional('languages.txt')?.map((language) => (language === 'fr' ? 'fr' : 'en'));
  if (languages && languages.length !== texts.length)
    throw new Error(`${path}: ${texts.length} texts but ${languages.length} languages`);
  return { name: basename(path), texts, labels, languages, themes: optional('themes.txt') };
}
