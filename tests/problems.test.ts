// How problems are worded for authors (src/record/problems.ts, from `compound-card/schema`)
// and how render options are read and refused (src/ssr/options.ts, from `compound-card/ssr`):
// what `compound-card validate`, `render` and `import`, and a build script calling the
// package, print.
import { expect } from '@open-wc/testing';
import { failure } from '../src/errors.js';
import { problemLine, problemsOf, problemText } from '../src/record/problems.js';
import { parseRecordText, validateRecord } from '../src/record/validate.js';
import { optionProblems, renderOptionsFrom, type RenderOptions } from '../src/ssr/options.js';
import { clone, thymogen } from './helpers.js';

describe('problems, as the commands and tools word them', () => {
  it('a record that is not JSON: its line and column, and what is there', () => {
    const text = '{\n  "id": "x",\n  "name": }';
    const outcome = parseRecordText(text);
    expect(outcome.ok).to.equal(false);
    if (outcome.ok) return;
    expect(problemsOf(outcome.error, text)).to.deep.equal([
      { path: '(record)', message: 'not valid JSON, unexpected “}”', line: 3, column: 11 },
    ]);
    // Without the text, the place alone.
    expect(problemsOf(outcome.error)).to.deep.equal([{ path: '(record)', message: 'not valid JSON', line: 3, column: 11 }]);
  });

  it('text that ends before the record does, and invisible characters named', () => {
    const ended = '{"id": "x",';
    const outcome = parseRecordText(ended);
    expect(outcome.ok ? [] : problemsOf(outcome.error, ended).map(problemText)).to.deep.equal([
      '(record): not valid JSON, the text ends before the record does',
    ]);
    for (const [text, named] of [
      ['{"id":\n\n', 'the text ends before the record does'],
      ['{"id" \t1}', 'unexpected “1”'],
      ['{"a": 1 "b": 2}', 'unexpected “"”'],
      ['\uFEFF{"a": 1}', 'unexpected U+FEFF'],
      ['{"a": 😀}', 'unexpected “😀”'],
      ['{"a":\u00A01}', 'unexpected U+00A0'],
    ]) {
      const broken = parseRecordText(text!);
      expect(broken.ok ? '' : problemsOf(broken.error, text).map((p) => p.message)[0], text).to.equal(`not valid JSON, ${named}`);
    }
  });

  it('every other way a record fails, one problem each', async () => {
    const record = await thymogen();
    const large = problemsOf(failure('too-large', { detail: '524288' }).error);
    expect(large).to.deep.equal([{ path: '(record)', message: 'larger than the 512 KiB a card accepts' }]);
    const future = validateRecord({ ...record, schemaVersion: 2 });
    expect(future.ok ? [] : problemsOf(future.error)).to.deep.equal([
      { path: 'schemaVersion', message: 'must be 1 (format version 2 is not supported)' },
    ]);
    for (const kind of ['network', 'http', 'timeout'] as const) {
      expect(problemsOf(failure(kind).error), kind).to.deep.equal([{ path: '(record)', message: `could not be read (${kind})` }]);
    }
    const invalid = validateRecord({ ...clone(record), name: '' });
    expect(invalid.ok ? [] : problemsOf(invalid.error)).to.deep.equal([{ path: 'name', message: 'must not be empty' }]);
    expect(problemsOf(failure('invalid').error), 'an invalid outcome with no problems listed').to.deep.equal([]);
  });

  it('one line each, with only the parts a problem has', () => {
    expect(problemLine('a.json', { path: 'name', message: 'must not be empty' })).to.equal('a.json: name: must not be empty');
    expect(problemLine('a.json', { path: '(record)', message: 'not valid JSON', line: 3, column: 11 })).to.equal(
      'a.json:3:11: (record): not valid JSON',
    );
    expect(problemLine('a.md', { line: 7, message: 'question "Q?" has no answer' })).to.equal('a.md:7: question "Q?" has no answer');
    expect(problemLine('a.md', { line: null, message: 'no title' })).to.equal('a.md: no title');
  });
});

describe('render options', () => {
  it('are read from flags as written, a number only when it is a whole number', () => {
    const flags: Record<string, string | boolean> = {
      'heading-level': ' 3 ',
      sections: 'faq references',
      'facts-collapsed': true,
      'faq-mode': 'single',
      theme: 'dark',
      lang: 'pt-BR',
      'json-ld': true,
      stylesheet: '/assets/compound-card.css',
    };
    expect(renderOptionsFrom((name) => flags[name])).to.deep.equal({
      headingLevel: 3,
      sections: 'faq references',
      factsCollapsed: true,
      faqMode: 'single',
      theme: 'dark',
      lang: 'pt-BR',
      jsonLd: true,
      stylesheet: '/assets/compound-card.css',
    });
    // A flag given as false, or not given, is left out; a number written wrong is kept as written.
    expect(renderOptionsFrom((name) => ({ 'json-ld': false, 'heading-level': 'two' })[name])).to.deep.equal({ headingLevel: 'two' });
  });

  it('that can be rendered raise no problem', () => {
    expect(optionProblems({ headingLevel: 6, sections: 'facts', factsCollapsed: true, faqMode: 'multiple', theme: 'auto', lang: 'fr', jsonLd: true, stylesheet: 'x.css' })).to.deep.equal([]);
    expect(optionProblems({})).to.deep.equal([]);
  });

  it('that cannot be rendered are refused, each quoted back', () => {
    const refused: [RenderOptions, string][] = [
      [{ headingLevel: 7 }, 'heading-level must be a whole number from 1 to 6, not "7"'],
      [{ headingLevel: 'two' as unknown as number }, 'heading-level must be a whole number from 1 to 6, not "two"'],
      [{ faqMode: 'some' as 'single' }, 'faq-mode must be multiple or single, not "some"'],
      [{ theme: 'blue' as 'dark' }, 'theme must be light, dark or auto, not "blue"'],
      [{ sections: '  ' }, 'sections must name at least one of: facts takeaways article faq references'],
      [{ sections: 'faq intro outro' }, 'sections must be chosen from facts takeaways article faq references, not "intro outro"'],
      [{ lang: 'en_US' }, 'lang must be a language tag such as en or pt-BR, not "en_US"'],
      [{ stylesheet: ' ' }, 'stylesheet must be a URL'],
    ];
    for (const [options, problem] of refused) expect(optionProblems(options), JSON.stringify(options)).to.deep.equal([problem]);
  });
});
