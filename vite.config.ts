import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const webRoot = fileURLToPath(new URL('apps/web/', import.meta.url));
const JOIN_SCRIPT = 'src/routes/join/joinPage.ts';

/** The join page's script and what it imports, as one small classic script (one request, no module graph). */
async function bundleJoinScript(): Promise<string> {
  const built = await build({
    configFile: false,
    root: webRoot,
    publicDir: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      lib: { entry: JOIN_SCRIPT, formats: ['iife'], name: 'peerloomJoin' },
    },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as { output: { type: string; code?: string }[] }[];
  const code = outputs[0]?.output.find((item) => item.type === 'chunk')?.code;
  if (!code) throw new Error('The join page script did not build.');
  return code;
}

/**
 * The join link `/j/CODE` opens its own small page (join.html: no React, no Yjs, no app catalog, one
 * deferred script), so a phone scanning the QR code paints at once and shows its form soon after.
 * That page does not register the service worker (its precache download would compete with joining
 * on venue Wi-Fi); the app does, once joined. In development, join links get that page as from the relay.
 */
const joinPage = (): Plugin => {
  let serving = false;
  let script: { fileName: string; code: string } | null = null;
  return {
    name: 'peerloom:join-page',
    enforce: 'post',
    configResolved: (config) => {
      serving = config.command === 'serve';
    },
    async buildStart() {
      if (serving) return;
      const code = await bundleJoinScript();
      const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
      script = { fileName: `assets/join-${hash}.js`, code };
    },
    generateBundle() {
      if (script) this.emitFile({ type: 'asset', fileName: script.fileName, source: script.code });
    },
    configureServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (request.url && /^\/j\/[^./?]+(\?.*)?$/.test(request.url)) request.url = '/join.html';
        next();
      });
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!context.filename.endsWith('join.html')) return html;
        const tag = serving
          ? `<script type="module" src="/${JOIN_SCRIPT}"></script>`
          : `<script defer src="/${script?.fileName}"></script>`;
        return html
          .replace(/<script[^>]*registerSW[^>]*><\/script>/, '')
          .replace('</head>', `  ${tag}\n  </head>`);
      },
    },
  };
};

const nodeProject = (name: string, root: string) => ({
  test: { name, root, environment: 'node' as const, include: ['src/**/*.test.ts'], testTimeout: 20_000 },
});

/**
 * The relay's tests spawn, SIGTERM and SIGKILL relay processes within 20 s, and the chaos test counts the writes
 * done in a fixed window: beside another test file on a loaded 2-core machine (load 29) three of them ran out of
 * time or writes. They run after every other project, one file at a time, as the whole suite did before.
 */
const relayProject = {
  test: {
    ...nodeProject('sync-server', 'sync-server').test,
    sequence: { groupOrder: 1 },
    maxWorkers: 1,
  },
};

/**
 * caretsForAMinute types for the minute its issue asks for, mostly waiting on timers: it starts first, so the other
 * files run beside it (Vitest's own order puts it first only once its cache has timed it, never on a fresh clone).
 */
class MinuteLongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const minuteLong = (file: TestSpecification) => file.moduleId.endsWith('caretsForAMinute.test.ts');
    return [...sorted.filter(minuteLong), ...sorted.filter((file) => !minuteLong(file))];
  }
}

export default defineConfig({
  root: 'apps/web',
  plugins: [
    react(),
    // The app shell is cached so that a reload with no network still opens the session from IndexedDB.
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'inline',
      manifest: {
        name: 'Peerloom',
        short_name: 'Peerloom',
        description: 'Peer-learning sessions where participants create the content.',
        start_url: '/',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#f4f6fa',
        icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
        // The NLP model (megabytes) is for the facilitator only: cached when their device first loads it.
        globIgnores: ['**/matchingWorker-*.js', '**/editor-*.js', '**/exportPageHtml-*.js'],
        runtimeCaching: [
          {
            urlPattern: /\/assets\/matchingWorker-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'peerloom-matching-model' },
          },
          {
            // The editor (Tiptap) loads when step 4 starts on a device, never before; cached from then on.
            urlPattern: /\/assets\/editor-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'peerloom-editor' },
          },
          {
            // The session page's HTML export (React's static renderer) loads when someone exports, never before.
            urlPattern: /\/assets\/exportPageHtml-[\w-]+\.js$/,
            handler: 'CacheFirst',
            options: { cacheName: 'peerloom-page-export' },
          },
          {
            // Join links come from the relay (it serves join.html there); with no network, the cached join page says so.
            urlPattern: ({ request, url }) => request.mode === 'navigate' && url.pathname.startsWith('/j/'),
            handler: async ({ request }) => {
              try {
                return await fetch(request);
              } catch (error) {
                const cached = await caches.match('/join.html', { ignoreSearch: true });
                if (cached) return cached;
                throw error;
              }
            },
          },
        ],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//, /^\/sync\//, /^\/metrics/, /^\/healthz/, /^\/j\//],
        cleanupOutdatedCaches: true,
      },
    }),
    joinPage(),
  ],
  resolve: {
    alias: [
      // Yjs prints its rare warnings through lib0/logging, whose browser build brings lib0/dom and lib0/schema
      // (about 2 KB gzipped) for styled console output; lib0's own console-only build does the same job.
      {
        find: /^lib0\/logging$/,
        replacement: fileURLToPath(new URL('node_modules/lib0/logging.node.js', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // The chunk graph (static and dynamic imports): e2e/specs/bundle-budget.spec.ts reads it.
    manifest: true,
    rolldownOptions: {
      treeshake: {
        // lib0's schema module (lib0/dom imports it; the lib0/logging alias above keeps both off the phone's route)
        // builds its schemas at the top level with calls the bundler cannot know are pure: wherever it is bundled,
        // what is unused goes.
        manualPureFunctions: [
          '$constructedBy',
          '$custom',
          '$literal',
          '$union',
          '$instanceOf',
          '$object',
          '$record',
          '$tuple',
          '$array',
          '$lambda',
          '$optional',
          '$stringTemplate',
          'match',
          // lib0/dom calls them as `$.$custom(…)` through a namespace import of lib0/schema: a call rooted at `$`.
          '$',
        ],
      },
      input: {
        index: fileURLToPath(new URL('apps/web/index.html', import.meta.url)),
        join: fileURLToPath(new URL('apps/web/join.html', import.meta.url)),
      },
      output: {
        // The chunk `import('@peerloom/editor')` makes is named, so the service worker can leave it out of its precache.
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId && /packages[\\/]editor[\\/]src[\\/]index\.ts$/.test(chunk.facadeModuleId)
            ? 'assets/editor-[hash].js'
            : 'assets/[name]-[hash].js',
        codeSplitting: {
          // A phone on venue Wi-Fi pays a request per file: the participant's screens and the small pieces of UI
          // they share with the other screens travel as one file instead of a dozen.
          groups: [
            {
              name: 'participant',
              test: /apps[\\/]web[\\/]src[\\/](routes[\\/]participant[\\/](?!create[\\/]|evaluation[\\/]|feedback[\\/]|teach[\\/]|steps[\\/](EndView|TeachView))|router[\\/]|components[\\/](Notice|TagList|AppShell|WarmupItemView|ConnectionBadge|LanguageSwitch|WhatNow|GroupDrawer)\.tsx|components[\\/]formatGroupTitle\.ts|session[\\/](deviceStore|useCommandRunner|useFormError)\.ts)|packages[\\/]session-model[\\/]src[\\/]selectors\.ts/,
            },
            {
              // Step 6A's model, hook and results travel as one file for its three screens: each chunk a screen
              // may load is named in the participant route's code, so fewer of them keep that code small.
              name: 'evaluation',
              test: /apps[\\/]web[\\/]src[\\/](session[\\/]useEvaluation\.ts|i18n[\\/]useEvaluationMessages\.ts|components[\\/](CriterionResultList|EvaluationCommentList)\.tsx)|packages[\\/]session-model[\\/]src[\\/](evaluation[\\/]|records[\\/]parse(Evaluation|EvaluationReaction|Rubric)\.ts|openEvaluationCommands\.ts|commands[\\/]evaluation)/,
            },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:8080', '/sync': { target: 'ws://localhost:8080', ws: true } },
  },
  test: {
    // Vitest runs one file at a time when it sees 2 cores (cores - 1). Many files mostly wait: on a relay's sockets,
    // reconnect timers, or caretsForAMinute's minute of typing (the minute, kept): two files at a time keep
    // both cores busy meanwhile. The relay's own tests then run alone (relayProject).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: MinuteLongFirst },
    projects: [
      nodeProject('session-model', 'packages/session-model'),
      nodeProject('matching', 'packages/matching'),
      nodeProject('test-kit', 'packages/test-kit'),
      nodeProject('protocol', 'packages/protocol'),
      nodeProject('sync-client', 'packages/sync-client'),
      relayProject,
      {
        plugins: [react()],
        test: {
          name: 'editor',
          root: 'packages/editor',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}'],
        },
      },
      {
        plugins: [react()],
        test: { name: 'web', root: 'apps/web', environment: 'node', include: ['src/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
