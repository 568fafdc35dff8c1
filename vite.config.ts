import { defineConfig, type Plugin } from 'vite';
import { bundleReport } from './scripts/bundle-report.js';
import { minifyTemplates } from './scripts/minify-templates.js';
import { recordDescriptor } from './scripts/record-descriptor.js';
import { terserPass } from './scripts/terser-pass.js';

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
 * `vite build` writes the script-tag bundle (`dist/compound-card.js`: Lit, the
 * card and its record check in one IIFE, which runs as a classic or a module
 * script and declares nothing global; the record check comes from the zod
 * schema's description, so zod itself stays out). `vite build --mode package` writes the ES entries
 * for bundler users, with lit and zod left as imports. `vite build --mode floor`
 * builds a minimal Lit element the same way, for `npm run size`.
 */
export default defineConfig(({ mode }) => ({
  server: { open: '/demo/index.html', port: 5173 },
  plugins:
    mode === 'package'
      ? [minifyTemplates()]
      : mode === 'floor'
        ? [minifyTemplates(), terserPass('floor.js')]
        : [demoAtRoot(), recordDescriptor(), minifyTemplates(), terserPass('compound-card.js'), bundleReport('compound-card.js')],
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
            },
            formats: ['es'],
          },
          // Every runtime dependency stays an import, resolved by the user's bundler or Node.
          rolldownOptions: { external: [/^lit($|\/)/, /^zod($|\/)/, /^@lit-labs\//, /^(mdast|micromark)-/, /^yaml($|\/)/] },
        }
      : mode === 'floor'
        ? scriptTagBuild('scripts/size-floor.ts', 'node_modules/.cache/size-floor', 'floor.js')
        : scriptTagBuild('src/bundle.ts', 'dist', 'compound-card.js'),
}));
