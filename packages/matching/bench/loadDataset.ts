import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';

/** A labelled text data set read from `texts.txt` and `labels.txt`. */
export interface LabelledDataset {
  name: string;
  texts: string[];
  labels: number[];
}

/** Reads a data set folder (relative to the current directory or absolute). */
export function loadDataset(folder: string): LabelledDataset {
  const path = resolve(process.cwd(), folder);
  const lines = (file: string) => readFileSync(resolve(path, file), 'utf8').replace(/\n$/, '').split('\n');
  const texts = lines('texts.txt');
  const labels = lines('labels.txt').map(Number);
  if (texts.length !== labels.length)
    throw new Error(`${path}: ${texts.length} texts but ${labels.length} labels`);
  return { name: basename(path), texts, labels };
}
