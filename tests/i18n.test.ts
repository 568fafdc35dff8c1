import { expect, fixtureSync, html, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import type { CompoundCard } from '../src/compound-card.js';
import { de } from '../src/i18n/de.js';
import { en } from '../src/i18n/en.js';
import { es } from '../src/i18n/es.js';
import { fr } from '../src/i18n/fr.js';
import { LANGUAGES, languageOf, wordsFor, type Words } from '../src/i18n/index.js';
import { ru } from '../src/i18n/ru.js';
import type { CompoundRecord } from '../src/record/schema.js';
import { $, $$, clone, disclaimerOf, settled, textOf, thymogen } from './helpers.js';

const TRANSLATIONS: Record<string, Words> = { es, fr, de, ru };

/** Each language's hard-coded FAQ heading: a sanity check that the file really is in that language. */
const FAQ_HEADING: Record<string, string> = {
  es: 'Preguntas frecuentes',
  fr: 'Questions fréquentes',
  de: 'Häufig gestellte Fragen',
  ru: 'Часто задаваемые вопросы',
};

/** Text as `textOf` reads it, for comparing words that hold no-break spaces. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** `{ a: 'string', b: { c: 'function' } }`: the keys of a words object, deep, with the kind of each value. */
function shapeOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return typeof value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, shapeOf((value as Record<string, unknown>)[key])]),
  );
}

/** Every string leaf and every function of a words object, with its path. */
function leavesOf(value: unknown, path = ''): [string, unknown][] {
  if (value === null || typeof value !== 'object') return [[path, value]];
  return Object.entries(value).flatMap(([key, inner]) => leavesOf(inner, path ? `${path}.${key}` : key));
}

const SAMPLE = 'ARG-7f3a';

/** What a leaf says: the string itself, or a function's sentence for a sample argument. */
const say = (leaf: unknown): string =>
  typeof leaf === 'function' ? String((leaf as (arg: string) => string)(SAMPLE)) : String(leaf);

const REFERENCES: CompoundRecord['references'] = [
  { title: 'Regulator page', url: 'https://example.org/regulator', type: 'regulator' },
  { title: 'Trial report', url: 'https://example.org/trial', type: 'study' },
  { title: 'Textbook entry', url: 'https://example.org/book', type: 'reference' },
];

const UPDATED = '2026-11-24';

const dateIn = (language: string): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${UPDATED}T00:00:00Z`));

/**
 * Puts a template on the page without waiting for an animation frame, as `fixture`
 * does for a root that is not a Lit element: a browser running test files side by
 * side may not give frames to a page that is not in front.
 */
const mount = <T extends Element = HTMLElement>(template: TemplateResult): T => fixtureSync<T>(template);

let keys = 0;
/** A fresh `?key=` so the loader never answers from what it remembers of another test. */
const failingSrc = (): string => `/api/status?code=404&key=i18n-${Date.now()}-${++keys}`;

/** A card showing `record`, inside `<div lang=outer>` when `outer` is given. */
async function readyCard(record: CompoundRecord, lang: string | undefined, outer?: string) {
  const card = document.createElement('compound-card');
  if (lang !== undefined) card.setAttribute('lang', lang);
  card.record = record;
  mount(outer === undefined ? html`<div>${card}</div>` : html`<div lang=${outer}>${card}</div>`);
  await settled(card, 'ready');
  return card;
}

/** A card in the error state with Retry (a 404 from `src`); resolves with the `compound-card-error` event too. */
async function failingCard(lang: string | undefined, outer?: string) {
  const card = document.createElement('compound-card');
  if (lang !== undefined) card.setAttribute('lang', lang);
  card.setAttribute('src', failingSrc());
  const event = oneEvent(card, 'compound-card-error');
  mount(outer === undefined ? html`<div>${card}</div>` : html`<div lang=${outer}>${card}</div>`);
  await settled(card, 'error');
  return { card, event: (await event) as CustomEvent<{ kind: string; message: string }> };
}

/** The headings of the blocks the card names itself (article sections are titled by the record). */
const BLOCK_HEADINGS = ['facts', 'takeaways', 'faq', 'references'].map((part) => `[part="${part}"] > .block-title`).join();

/** What a ready card shows in its own words. */
function readyWords(card: CompoundCard) {
  return {
    blocks: $$(card, BLOCK_HEADINGS).map(textOf),
    referenceTypes: $$(card, '[part="references"] .reference-type').map(textOf),
    updated: textOf($(card, '[part="header"] .updated')),
    date: textOf($(card, '[part="header"] time')),
    linkToQuestion: textOf($(card, '[part="faq"] .anchor-link')),
    linkToSection: $(card, '[part="article"] section a.anchor')?.getAttribute('aria-label'),
    newTab: textOf($(card, '[part="references"] a .visually-hidden')),
    disclaimer: textOf(disclaimerOf(card)),
  };
}

/** What a ready card should show in `language`. */
function expectedReadyWords(words: Words, language: string, record: CompoundRecord) {
  return {
    blocks: [words.quickFacts, words.keyTakeaways, words.faq, words.references].map(flat),
    referenceTypes: [words.referenceTypes.study, words.referenceTypes.regulator, words.referenceTypes.reference].map(
      flat,
    ),
    updated: flat(`${words.updated} ${dateIn(language)}`),
    date: flat(dateIn(language)),
    linkToQuestion: flat(words.linkToQuestion),
    linkToSection: words.linkToSection(record.sections![0]!.title),
    newTab: flat(words.opensInNewTab),
    disclaimer: flat(words.disclaimer),
  };
}

/** What an error card (404 from `src`) shows in its own words. */
const errorWords = (card: CompoundCard) => ({
  title: textOf($(card, '[part="error"] .error-title')),
  message: textOf($(card, '[part="error"] .error-message')),
  retry: textOf($(card, '[part="error"] button.retry')),
  label: $(card, 'article')?.getAttribute('aria-label'),
  disclaimer: textOf(disclaimerOf(card)),
});

const expectedErrorWords = (words: Words) => ({
  title: flat(words.errorTitle),
  message: flat(words.errors.http('404')),
  retry: flat(words.retry),
  label: words.cardLabel,
  disclaimer: flat(words.disclaimer),
});

describe('i18n: the language files', () => {
  it('registers es, fr, de and ru next to en', () => {
    expect(Object.keys(LANGUAGES).sort()).to.deep.equal(['de', 'en', 'es', 'fr', 'ru']);
    for (const [code, words] of Object.entries(TRANSLATIONS)) expect(LANGUAGES[code], code).to.equal(words);
    expect(LANGUAGES.en).to.equal(en);
  });

  for (const [code, words] of Object.entries(LANGUAGES)) {
    it(`${code}: has exactly the keys of en, deep, with functions where en has functions`, () => {
      expect(shapeOf(words)).to.deep.equal(shapeOf(en));
    });

    it(`${code}: says something in every string and keeps every function argument`, () => {
      const english = new Map(leavesOf(en));
      for (const [path, leaf] of leavesOf(words)) {
        expect(say(leaf).trim(), path).to.not.equal('');
        if (typeof leaf === 'function') {
          expect(leaf.length, `${path} arity`).to.equal((english.get(path) as () => string).length);
          expect(say(leaf), path).to.contain(SAMPLE);
        }
      }
      // `parse` leaves its parenthesis out when there is no position to give, as English does.
      expect(words.errors.parse()).to.not.contain('(');
      expect(words.errors.parse(17, 42)).to.match(/17\D+42/);
    });

    it(`${code}: disclaimer names the FDA`, () => {
      expect(words.disclaimer).to.contain('FDA');
    });
  }

  for (const [code, words] of Object.entries(TRANSLATIONS)) {
    it(`${code}: is translated, not a copy of English`, () => {
      const english = new Map(leavesOf(en).map(([path, leaf]) => [path, say(leaf)]));
      const same = leavesOf(words)
        .filter(([path, leaf]) => say(leaf) === english.get(path))
        .map(([path]) => path);
      expect(same).to.deep.equal([]);
      expect(words.faq).to.equal(FAQ_HEADING[code]);
    });
  }

  it('disclaimers say what the English one says, in each language', () => {
    expect(es.disclaimer).to.match(/Administración de Alimentos y Medicamentos de EE\. UU\. \(FDA\)/);
    expect(es.disclaimer).to.match(/No aprobado/).and.match(/educativo/).and.match(/asesoramiento médico/);
    expect(es.disclaimer).to.match(/dosificación/).and.match(/profesional de la salud/);
    expect(fr.disclaimer).to.match(/Non approuvé par la Food and Drug Administration \(FDA\) des États-Unis/);
    expect(fr.disclaimer).to.match(/éducatif/).and.match(/avis médical/).and.match(/posologie/);
    expect(fr.disclaimer).to.match(/professionnel de santé qualifié/);
    expect(de.disclaimer).to.match(/Nicht von der US-amerikanischen Lebensmittel- und Arzneimittelbehörde \(FDA\)/);
    expect(de.disclaimer).to.match(/zugelassen/).and.match(/Bildungszwecken/).and.match(/keine medizinische Beratung/);
    expect(de.disclaimer).to.match(/Dosierungsempfehlungen/).and.match(/Fachpersonal/);
    expect(ru.disclaimer).to.match(/Не одобрено Управлением .* США \(FDA\)/);
    expect(ru.disclaimer).to.match(/образовательный/).and.match(/не является медицинской консультацией/);
    expect(ru.disclaimer).to.match(/дозировке/).and.match(/медицинским специалистом/);
  });
});

describe('i18n: languageOf and wordsFor', () => {
  const langOf = (lang: string | null): string => {
    const element = document.createElement('compound-card');
    if (lang !== null) element.setAttribute('lang', lang);
    return languageOf(element);
  };

  it('reduces a tag to its primary subtag, ignoring case and spaces', () => {
    expect(langOf('es-MX')).to.equal('es');
    expect(langOf('FR')).to.equal('fr');
    expect(langOf(' de ')).to.equal('de');
    expect(langOf('de-CH')).to.equal('de');
    expect(langOf('RU-ru')).to.equal('ru');
    expect(langOf('fr_CA')).to.equal('fr');
    expect(langOf('en-GB')).to.equal('en');
  });

  it('falls back to English for unknown, empty and missing languages', () => {
    for (const lang of ['pt', 'pt-BR', 'xx', '', '   ', '-', 'e', 'esp', 'deutsch', null]) {
      expect(langOf(lang), JSON.stringify(lang)).to.equal('en');
    }
  });

  it('is not fooled by names on Object.prototype', () => {
    for (const lang of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype']) {
      expect(langOf(lang), lang).to.equal('en');
      expect(wordsFor(lang), lang).to.equal(en);
    }
  });

  it('takes the nearest lang of an ancestor; an empty lang stops the search', () => {
    const outer = document.createElement('div');
    outer.setAttribute('lang', 'de');
    const middle = document.createElement('section');
    const inner = document.createElement('compound-card');
    middle.append(inner);
    outer.append(middle);
    expect(languageOf(inner)).to.equal('de');
    middle.setAttribute('lang', 'ru');
    expect(languageOf(inner)).to.equal('ru');
    inner.setAttribute('lang', 'fr');
    expect(languageOf(inner)).to.equal('fr');
    // HTML: lang="" means "unknown language", not "ask the parent".
    inner.setAttribute('lang', '');
    expect(languageOf(inner)).to.equal('en');
  });

  it('crosses shadow roots to the host', () => {
    const host = document.createElement('div');
    host.setAttribute('lang', 'es');
    const inner = document.createElement('compound-card');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(languageOf(inner)).to.equal('es');
  });

  it('wordsFor gives each language its words, any tag form, English otherwise', () => {
    expect(wordsFor('es')).to.equal(es);
    expect(wordsFor('fr')).to.equal(fr);
    expect(wordsFor('de-AT')).to.equal(de);
    expect(wordsFor('RU')).to.equal(ru);
    expect(wordsFor('en')).to.equal(en);
    expect(wordsFor('pt')).to.equal(en);
    expect(wordsFor('')).to.equal(en);
  });
});

describe('i18n: the card in each language', () => {
  let record: CompoundRecord;
  before(async () => {
    record = { ...clone(await thymogen()), updated: UPDATED, references: clone(REFERENCES) };
  });

  for (const [code, words] of Object.entries(TRANSLATIONS)) {
    it(`lang="${code}" on the card: block headings, reference types, date, links and disclaimer`, async () => {
      const card = await readyCard(record, code);
      expect(readyWords(card)).to.deep.equal(expectedReadyWords(words, code, record));
      expect(textOf($(card, '[part="faq"] > .block-title'))).to.equal(FAQ_HEADING[code]);
      expect(textOf(disclaimerOf(card))).to.contain('FDA');
    });

    it(`lang="${code}" on the card: error message, Retry and card label`, async () => {
      const { card, event } = await failingCard(code);
      expect(errorWords(card)).to.deep.equal(expectedErrorWords(words));
      expect(event.detail.kind).to.equal('http');
      expect(event.detail.message).to.equal(words.errors.http('404'));
    });

    it(`lang="${code}" on the card: loading message`, async () => {
      const card = document.createElement('compound-card');
      card.setAttribute('lang', code);
      card.setAttribute('src', `/api/record?delay=600&key=i18n-loading-${code}-${Date.now()}`);
      mount(html`<div>${card}</div>`);
      await card.updateComplete;
      expect(card.status).to.equal('loading');
      expect(textOf($(card, '.placeholder .visually-hidden'))).to.equal(flat(words.loading));
      expect($(card, 'article')?.getAttribute('aria-label')).to.equal(words.cardLabel);
      expect(textOf(disclaimerOf(card))).to.equal(flat(words.disclaimer));
      await settled(card, 'ready');
    });
  }

  it('sanity: Spanish, French, German and Russian words as a reader sees them', async () => {
    const cards = await Promise.all(['es', 'fr', 'de', 'ru'].map((code) => readyCard(record, code)));
    const faqOf = (card: CompoundCard) => textOf($(card, '[part="faq"] .block-title'));
    expect(cards.map(faqOf)).to.deep.equal([
      'Preguntas frecuentes',
      'Questions fréquentes',
      'Häufig gestellte Fragen',
      'Часто задаваемые вопросы',
    ]);
    expect(textOf(disclaimerOf(cards[0]!))).to.contain('Administración de Alimentos y Medicamentos de EE. UU. (FDA)');
  });

  it('the Russian 404 message is the ru http message, in the card and in the event', async () => {
    const { card, event } = await failingCard('ru');
    expect(textOf($(card, '[part="error"] .error-message'))).to.equal(ru.errors.http('404'));
    expect(event.detail.message).to.equal(ru.errors.http('404'));
    expect(event.detail.message).to.contain('404').and.not.equal(en.errors.http('404'));
  });

  it('the error event of an invalid record is in the card language too', async () => {
    const card = document.createElement('compound-card');
    card.setAttribute('lang', 'de');
    card.record = { schemaVersion: 1 };
    const event = oneEvent(card, 'compound-card-error');
    mount(html`<div>${card}</div>`);
    const { detail } = (await event) as CustomEvent<{ kind: string; message: string }>;
    expect(detail.kind).to.equal('invalid');
    expect(detail.message).to.equal(de.errors.invalid);
    expect(textOf($(card, '[part="error"] .error-message'))).to.equal(de.errors.invalid);
    expect(textOf($(card, '[part="error"] .error-title'))).to.equal(de.errorTitle);
  });

  it('Retry keeps the card language', async () => {
    const { card } = await failingCard('fr');
    const again = oneEvent(card, 'compound-card-error');
    $(card, '[part="error"] button.retry')!.click();
    const { detail } = (await again) as CustomEvent<{ message: string }>;
    await settled(card, 'error');
    expect(detail.message).to.equal(fr.errors.http('404'));
    expect(errorWords(card)).to.deep.equal(expectedErrorWords(fr));
  });
});

describe('i18n: which lang applies', () => {
  let record: CompoundRecord;
  before(async () => {
    record = { ...clone(await thymogen()), updated: UPDATED, references: clone(REFERENCES) };
  });

  it('lang on an ancestor applies', async () => {
    const card = await readyCard(record, undefined, 'es');
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(es, 'es', record));
    const { card: failing } = await failingCard(undefined, 'ru');
    expect(errorWords(failing)).to.deep.equal(expectedErrorWords(ru));
  });

  it('lang on a shadow host applies to a card inside its shadow root', async () => {
    const host = mount<HTMLDivElement>(html`<div lang="de"></div>`);
    const card = document.createElement('compound-card');
    card.record = record;
    host.attachShadow({ mode: 'open' }).append(card);
    await settled(card, 'ready');
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(de, 'de', record));
  });

  it('the nearest lang wins: lang="fr" on the card inside <div lang="de">', async () => {
    const card = await readyCard(record, 'fr', 'de');
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(fr, 'fr', record));
    const { card: failing } = await failingCard('fr', 'de');
    expect(errorWords(failing)).to.deep.equal(expectedErrorWords(fr));
  });

  it('the nearest lang wins through several ancestors', async () => {
    const card = document.createElement('compound-card');
    card.record = record;
    mount(html`<div lang="de"><section lang="ru"><p>${card}</p></section></div>`);
    await settled(card, 'ready');
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(ru, 'ru', record));
  });

  it('regional and oddly written tags pick their language', async () => {
    const cases: [string, string][] = [
      ['es-MX', 'es'],
      ['FR', 'fr'],
      [' de ', 'de'],
      ['ru-RU', 'ru'],
    ];
    for (const [lang, code] of cases) {
      const card = await readyCard(record, lang);
      expect(readyWords(card), lang).to.deep.equal(expectedReadyWords(TRANSLATIONS[code]!, code, record));
    }
  });

  it('an unknown language falls back to English', async () => {
    for (const lang of ['pt', 'xx-YY', '__proto__', 'constructor']) {
      const card = await readyCard(record, lang);
      expect(readyWords(card), lang).to.deep.equal(expectedReadyWords(en, 'en', record));
      expect(textOf($(card, '[part="header"] time')), lang).to.equal('November 24, 2026');
    }
    const { card, event } = await failingCard('pt');
    expect(errorWords(card)).to.deep.equal(expectedErrorWords(en));
    expect(event.detail.message).to.equal(en.errors.http('404'));
  });

  it('an empty lang on the card means English, even inside <div lang="de">', async () => {
    const card = await readyCard(record, '', 'de');
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(en, 'en', record));
  });

  it('no lang anywhere means English', async () => {
    const card = await readyCard(record, undefined);
    expect(card.closest('[lang]')).to.equal(null);
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(en, 'en', record));
  });
});

describe('i18n: changing lang on the card', () => {
  let record: CompoundRecord;
  before(async () => {
    record = { ...clone(await thymogen()), updated: UPDATED, references: clone(REFERENCES) };
  });

  it('re-renders a ready card in each new language, and back to English', async () => {
    const card = await readyCard(record, 'en');
    for (const code of ['de', 'es', 'ru', 'fr']) {
      card.setAttribute('lang', code);
      await card.updateComplete;
      expect(readyWords(card), code).to.deep.equal(expectedReadyWords(TRANSLATIONS[code]!, code, record));
    }
    card.setAttribute('lang', 'pt');
    await card.updateComplete;
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(en, 'en', record));
  });

  it('follows a lang change on an ancestor', async () => {
    const card = await readyCard(record, undefined, 'de');
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(de, 'de', record));
    card.parentElement!.setAttribute('lang', 'es');
    await new Promise((resolve) => setTimeout(resolve, 0));
    await card.updateComplete;
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(es, 'es', record));
  });

  it('follows a move into a container of another language', async () => {
    const card = await readyCard(record, undefined, 'de');
    const spanish = document.createElement('div');
    spanish.lang = 'es';
    document.body.append(spanish);
    spanish.append(card);
    await card.updateComplete;
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(es, 'es', record));
    spanish.remove();
  });

  it('removing lang from the card falls back to the ancestor', async () => {
    const card = await readyCard(record, 'fr', 'ru');
    card.removeAttribute('lang');
    await card.updateComplete;
    expect(readyWords(card)).to.deep.equal(expectedReadyWords(ru, 'ru', record));
  });

  it('re-renders the error state: message, Retry, card label and disclaimer', async () => {
    const { card } = await failingCard('es');
    expect(errorWords(card)).to.deep.equal(expectedErrorWords(es));
    card.setAttribute('lang', 'ru');
    await card.updateComplete;
    expect(errorWords(card)).to.deep.equal(expectedErrorWords(ru));
    card.lang = 'de';
    await card.updateComplete;
    expect(errorWords(card)).to.deep.equal(expectedErrorWords(de));
  });

  it('keeps the reader\'s open panels across a language change', async () => {
    const card = await readyCard(record, 'en');
    $(card, '#faq-q-1')!.click();
    await card.updateComplete;
    card.setAttribute('lang', 'fr');
    await card.updateComplete;
    expect($(card, '#faq-q-1')!.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf($(card, '#faq-a-1 .anchor-link'))).to.equal(fr.linkToQuestion);
  });
});

describe('i18n: the updated date', () => {
  let record: CompoundRecord;
  before(async () => {
    record = { ...clone(await thymogen()), updated: UPDATED };
  });

  for (const code of Object.keys(LANGUAGES)) {
    it(`reads as Intl.DateTimeFormat writes it for "${code}"`, async () => {
      const card = await readyCard(record, code);
      const time = $(card, '[part="header"] time');
      expect(time?.getAttribute('datetime')).to.equal(UPDATED);
      expect(textOf(time)).to.equal(flat(dateIn(code)));
      expect(textOf(time)).to.contain('2026');
    });
  }

  // The card writes dates from each language's own month names, without building an
  // Intl formatter (the first costs ~100 ms on a phone): the same text, month by month.
  for (const [code, words] of Object.entries(LANGUAGES)) {
    it(`writes every month of "${code}" as Intl.DateTimeFormat does (dateStyle long)`, () => {
      const intl = new Intl.DateTimeFormat(code, { dateStyle: 'long', timeZone: 'UTC' });
      for (let month = 0; month < 12; month++) {
        for (const day of [1, 9, 28]) {
          expect(words.date(day, month, 2026), `${code} 2026-${month + 1}-${day}`).to.equal(intl.format(new Date(Date.UTC(2026, month, day))));
        }
      }
    });
  }

  it('writes March 9, 2026 in the five languages as readers expect', () => {
    const written = Object.fromEntries(Object.entries(LANGUAGES).map(([code, words]) => [code, words.date(9, 2, 2026)]));
    expect(written).to.deep.equal({
      en: 'March 9, 2026',
      es: '9 de marzo de 2026',
      fr: '9 mars 2026',
      de: '9. März 2026',
      ru: '9 марта 2026 г.',
    });
  });

  it('is read as UTC, whatever the language', async () => {
    const card = await readyCard({ ...record, updated: '2026-01-01' }, 'de');
    expect(textOf($(card, '[part="header"] time'))).to.equal('1. Januar 2026');
  });
});
