import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { bundleReport } from './scripts/bundle-report.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { recordDescriptor } from './scripts/record-descriptor.js';
import { CARD_LIT_REWRITES, terserPass } from './scripts/terser-pass.js';

/**
 * `npm start` prints the server's root address: answer it with the demo page
 * rather than a 404 (the demo pages live under /demo/, beside the sources they use).
 */
const demoAtRoot = (): Plugin => ({
  name: 'compound-card-demo-at-root',
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== '/' && request.url !== '/index.html') return next();
      response.statusCode = 302;
      response.setHeader('Location', '/demo/index.html');
      response.end();
    });
  },
});

/** The script-tag build: one IIFE, minified, for `entry` (the card, or the size floor). */
const scriptTagBuild = (entry: string, outDir: string, fileName: string) => ({
  outDir,
  emptyOutDir: true,
  target: 'es2022',
  lib: { entry, formats: ['iife' as const], name: 'compoundCard', fileName: () => fileName },
  rolldownOptions: {
    output: {
      minify: true,
      // Runs first inside the IIFE: when the tag is already registered (the bundle
      // loaded twice), nothing else is evaluated, so Lit does not create its Trusted
      // Types policy a second time, which a strict CSP would refuse.
      intro: `if (customElements.get('compound-card')) return;`,
    },
  },
});

/**
 * `vite build --mode playground`, after `vite build`: the record playground,
 * demo/playground/ → dist/playground/, with relative URLs so it works from any
 * static host path. Its embed code pins the bundle built just before it: the
 * integrity value is read from dist/compound-card.js.sri, and checked against
 * the bundle, here.
 */
function playgroundBuild(): UserConfig {
  const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));
  const bundle = fromRoot('dist/compound-card.js');
  if (!existsSync(bundle) || !existsSync(`${bundle}.sri`)) {
    throw new Error('the playground pins dist/compound-card.js: build it first (npx vite build)');
  }
  const integrity = readFileSync(`${bundle}.sri`, 'utf8').trim();
  if (integrity !== `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`) {
    throw new Error('dist/compound-card.js.sri does not match dist/compound-card.js: rebuild with npx vite build');
  }
  return {
    root: fromRoot('demo/playground'),
    base: './',
    publicDir: false,
    // The same record check as the bundle's, so the problem list and the card agree word for word.
    plugins: [recordDescriptor()],
    define: { 'import.meta.env.VITE_BUNDLE_INTEGRITY': JSON.stringify(integrity) },
    resolve: {
      alias: [
        // Its browser build decodes character references through innerHTML, which the
        // playground's Trusted Types policy refuses; the plain build uses a table instead.
        {
          find: /^decode-named-character-reference$/,
          replacement: fromRoot('node_modules/decode-named-character-reference/index.js'),
        },
      ],
    },
    build: {
      outDir: fromRoot('dist/playground'),
      emptyOutDir: true,
      target: 'es2022',
      // No data: URLs: the CSP's default-src 'self' refuses them.
      assetsInlineLimit: 0,
      // Every browser the card supports preloads modules itself.
      modulePreload: { polyfill: false },
    },
  };
}

/**
 * `vite build` writes the script-tag bundle (`dist/compound-card.js`: Lit, the
 * card and its record check in one IIFE, which runs as a classic or a module
 * script and declares nothing global; the record check comes from the zod
 * schema's description, so zod itself stays out). `vite build --mode package` writes the ES entries
 * for bundler users, with lit and zod left as imports. `vite build --mode floor`
 * builds a minimal Lit element the same way, for `npm run size`.
 */
export default defineConfig(({ mode }) => mode === 'playground' ? playgroundBuild() : ({
  server: { open: '/demo/index.html', port: 5173 },
  plugins:
    mode === 'package'
      ? [minifyTemplates()]
      : mode === 'floor'
        ? [minifyTemplates(), terserPass('floor.js')]
        : [demoAtRoot(), recordDescriptor(), minifyTemplates(), terserPass('compound-card.js', { extra: CARD_LIT_REWRITES, compileHint: true }), bundleReport('compound-card.js')],
  build:
    mode === 'package'
      ? {
          outDir: 'dist/esm',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: {
            entry: {
              index: 'src/index.ts',
              define: 'src/define.ts',
              schema: 'src/schema.ts',
              ssr: 'src/ssr/index.ts',
              authoring: 'src/authoring/index.ts',
            },
            formats: ['es'],
          },
          // Every runtime dependency stays an import, resolved by the user's bundler or Node.
          rolldownOptions: { external: [/^lit($|\/)/, /^zod($|\/)/, /^@lit-labs\//, /^(mdast|micromark|hast)-/, /^yaml($|\/)/] },
        }
      : mode === 'floor'
        ? scriptTagBuild('scripts/size-floor.ts', 'node_modules/.cache/size-floor', 'floor.js')
        : scriptTagBuild('src/bundle.ts', 'dist', 'compound-card.js'),
}));
