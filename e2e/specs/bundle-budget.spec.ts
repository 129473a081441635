import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { readBuiltChunks } from '../fixtures/readBuiltChunks.ts';

/** DESIGN.md §7: what a phone downloads to open `/s/:id`, before step 4. */
const BUDGET_KB = 130;
/** What `/s/:id` loads on top of the entry's static graph in steps 0 to 3 (App.tsx, stepRegistry.ts). */
const ROUTE_MODULES = [
  'apps/web/src/routes/participant/ParticipantScreen.tsx',
  ...['WarmupView', 'MixView', 'ShareView', 'MatchView'].map(
    (view) => `apps/web/src/routes/participant/steps/${view}.tsx`,
  ),
];
/** One catalog loads, the device's language: counted at the larger. */
const CATALOGS = ['apps/web/src/i18n/en.ts', 'apps/web/src/i18n/fr.ts'];
/** Modules that belong to step 4's editor chunk only. */
const EDITOR_ONLY =
  /^(node_modules\/(@tiptap|prosemirror-|linkifyjs|orderedmap|rope-sequence|w3c-keyname)|packages\/editor\/)/;

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function appImportsEditor(): boolean {
  const source = fileURLToPath(new URL('../../apps/web/src/', import.meta.url));
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((file) =>
    /\.tsx?$/.test(file),
  );
  return files.some((file) => readFileSync(join(source, file), 'utf8').includes("'@peerloom/editor'"));
}

test('the participant route stays within its initial JS budget, without the editor', () => {
  const built = readBuiltChunks();
  const size = (files: Iterable<string>) =>
    [...files].reduce((sum, file) => sum + (built.chunks.get(file)?.gzipBytes ?? 0), 0);
  const routeChunks = ROUTE_MODULES.flatMap((module) => {
    const found = built.chunksOf(module);
    expect(found, `${module} is in no built chunk: update ROUTE_MODULES`).not.toEqual([]);
    return found;
  });
  const withoutCatalog = built.staticClosure([built.entry, ...routeChunks]);
  const initial = CATALOGS.map((catalog) => {
    const found = built.chunksOf(catalog);
    expect(found, `${catalog} is in no built chunk: update CATALOGS`).not.toEqual([]);
    return built.staticClosure([...withoutCatalog, ...found]);
  }).reduce((largest, files) => (size(files) > size(largest) ? files : largest));

  for (const file of initial) process.stdout.write(`  ${file}: ${kilobytes(size([file]))} gzipped\n`);
  process.stdout.write(
    `participant route initial JS: ${kilobytes(size(initial))} gzipped (budget ${BUDGET_KB} KB)\n`,
  );

  const editorModules = [...initial].flatMap((file) =>
    (built.chunks.get(file)?.modules ?? [])
      .filter((module) => EDITOR_ONLY.test(module))
      .map((module) => `${file}: ${module}`),
  );
  expect(editorModules, 'the participant route loads editor code before step 4').toEqual([]);

  const editorChunks = [...built.chunks.values()]
    .filter((chunk) => chunk.modules.some((module) => module.startsWith('packages/editor/src/')))
    .map((chunk) => chunk.file);
  if (appImportsEditor()) {
    expect(editorChunks, 'apps/web imports @peerloom/editor but no chunk holds it').not.toEqual([]);
  }
  if (editorChunks.length > 0) {
    const stepFour = [...built.staticClosure(editorChunks)].filter((file) => !initial.has(file));
    process.stdout.write(
      `editor chunk (${stepFour.join(', ')}): ${kilobytes(size(stepFour))} gzipped, loaded when step 4 starts\n`,
    );
  } else {
    process.stdout.write('editor chunk: none (apps/web does not import @peerloom/editor yet)\n');
  }
  expect(size(initial) / 1024).toBeLessThanOrEqual(BUDGET_KB);
});
