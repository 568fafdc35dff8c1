// Lines and columns (src/record/text-position.ts), which every problem report
// shares: the card's JSON errors, the importers' limits and the playground's marks.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { offsetAt, positionAt } from '../src/record/text-position.js';
import { scanJson } from '../src/record/validate.js';

describe('lines and columns', () => {
  it('counts \\n, \\r\\n and a lone \\r each as one line ending', () => {
    const text = 'a\nbb\r\nccc\rdddd';
    expect(positionAt(text, 0)).to.deep.equal({ line: 1, column: 1 });
    expect(positionAt(text, text.indexOf('bb') + 1)).to.deep.equal({ line: 2, column: 2 });
    expect(positionAt(text, text.indexOf('ccc'))).to.deep.equal({ line: 3, column: 1 });
    expect(positionAt(text, text.length)).to.deep.equal({ line: 4, column: 5 });
    expect(offsetAt(text, 4, 2)).to.equal(text.indexOf('dddd') + 1);
    expect(offsetAt(text, 9, 1), 'a line past the end').to.equal(text.length);
  });

  it('turns a place back into the offset it came from, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', 'é') }), fc.nat(), (text, n) => {
        const offset = n % (text.length + 1);
        // Between the two characters of a \r\n is not a place an editor can show.
        fc.pre(!(text[offset - 1] === '\r' && text[offset] === '\n'));
        const { line, column } = positionAt(text, offset);
        expect(offsetAt(text, line, column)).to.equal(offset);
      }),
    );
  });
});

describe('the JSON reader', () => {
  it('stops where the grammar breaks, and reads JSON to its end', () => {
    const broken: [string, string][] = [
      ['{"a": [1, 2,]}', '{"a": [1, 2,'],
      ['{"a" 1}', '{"a" '],
      ['{"a": "x\ty"}', '{"a": '],
      ['{"a": tru}', '{"a": '],
      ['[1, 2] x', '[1, 2] '],
      ['[1, 2', '[1, 2'],
    ];
    for (const [text, before] of broken) expect(scanJson(text), text).to.equal(before.length);
    for (const text of ['  {"a": {"b": [true, null, -1.5e3]}} ', '"\\u00e9"', '[]', '{}']) {
      expect(JSON.parse(text), text).to.not.equal(undefined);
      expect(scanJson(text), text).to.equal(text.length);
    }
  });

  it('tells of every value, keys too, a container after what it holds', () => {
    const text = '{"a": [1, "x"], "b": null}';
    const seen: string[] = [];
    scanJson(text, (from, to) => seen.push(text.slice(from, to)));
    expect(seen).to.deep.equal(['"a"', '1', '"x"', '[1, "x"]', '"b"', 'null', text]);
  });
});
