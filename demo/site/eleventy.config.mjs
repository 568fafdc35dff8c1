// The demo site: one page of compound cards rendered to HTML at build time by the
// package's `./ssr` entry, then taken over in the browser by the script-tag bundle.
//
//   npm run site:build      (needs dist/: npm run build)
//
// Input is this directory, output demo/site/_site/. Every URL on the page is
// relative, so _site/ works from any static server, at its root or below it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SiteBuildError } from './site-build-error.mjs';

/**
 * The part of Eleventy's config API this file uses, written out here: Eleventy 3 ships
 * its types as JSDoc in JavaScript (`@11ty/eleventy/UserConfig`), which TypeScript does
 * not read from node_modules, so importing them would give `any`.
 * @typedef {object} EleventyConfig
 * @property {(name: string, data: unknown) => unknown} addGlobalData
 * @property {(copies: Record<string, string>) => unknown} addPassthroughCopy Input path → path in the output.
 * @property {(name: string, shortcode: (...args: any[]) => string) => unknown} addShortcode
 *   The shortcode gets the values the template passes, which nothing types: hence `any`.
 * @typedef {import('./_data/records.js').RecordEntry} RecordEntry
 * @typedef {import('compound-card/ssr').RenderOptions} RenderOptions
 */

// Imported by the package's own name, as a site that installed it would.
const { InvalidRecordError, renderCard } = await import('compound-card/ssr').catch((error) => {
  throw new SiteBuildError(`compound-card/ssr could not be loaded (${error.message}): build the package first with npm run build`);
});

/** A path as Eleventy takes it: relative to the directory it runs in. */
const fromCwd = (/** @type {string} */ path) => relative(process.cwd(), path) || '.';
const siteDir = fromCwd(dirname(fileURLToPath(import.meta.url)));
const bundlePath = fromCwd(fileURLToPath(import.meta.resolve('compound-card/compound-card.js')));

/**
 * The page pins the bundle with Subresource Integrity. The value is taken from
 * the very bytes the build copies, so the two cannot disagree.
 */
const integrity = `sha384-${createHash('sha384').update(readFileSync(bundlePath)).digest('base64')}`;

/**
 * What every card on this site gets: its title as an h2 under the page's h1, and its JSON-LD.
 * @type {RenderOptions}
 */
const SITE_OPTIONS = { headingLevel: 2, jsonLd: true };

/**
 * `{% compoundCard entry, options %}`: the card for one `{ file, record }` of the
 * `records` data. An invalid record stops the build with its file and its
 * `path: problem` lines, and no stack trace (it is the record's fault, not the code's).
 * @param {RecordEntry} entry
 * @param {RenderOptions} [options]
 */
function compoundCard(entry, options = {}) {
  try {
    return renderCard(entry.record, { ...SITE_OPTIONS, ...options });
  } catch (error) {
    if (!(error instanceof InvalidRecordError)) throw error;
    throw new SiteBuildError(`${entry.file} is not a valid compound record:\n${error.issues.map((issue) => `  ${issue}`).join('\n')}`);
  }
}

/** @param {EleventyConfig} eleventyConfig */
export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('bundle', { src: 'compound-card.js', integrity });
  eleventyConfig.addPassthroughCopy({ [bundlePath]: 'compound-card.js' });
  eleventyConfig.addPassthroughCopy({ [`${siteDir}/site.css`]: 'site.css' });
  eleventyConfig.addPassthroughCopy({ [`${siteDir}/../favicon.svg`]: 'favicon.svg' });
  eleventyConfig.addShortcode('compoundCard', compoundCard);

  return {
    dir: { input: siteDir, output: `${siteDir}/_site` },
    templateFormats: ['njk'],
  };
}
