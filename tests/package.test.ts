// The packed package's entries, imported in the browser. tests/node/pack.test.mjs
// (run first by `npm test`) packs the package and unpacks it into tests/.pack/.
import { expect } from '@open-wc/testing';
import './page-guard.js';

const PACKAGE = '/tests/.pack/compound-card';

describe('the packed package in the browser', () => {
  it('imports `.` without registering anything', async () => {
    const entry = await import(`${PACKAGE}/dist/esm/index.js`);
    expect(entry.CompoundCard).to.be.a('function');
    expect(entry.recordSchema).to.be.an('object');
    expect(customElements.get('compound-card')).to.equal(undefined);
  });

  it('imports `./schema` and validates a record', async () => {
    const schema = await import(`${PACKAGE}/dist/esm/schema.js`);
    const record = await (await fetch('/demo/records/thymogen.json')).json();
    expect(schema.validateRecord(record).ok).to.equal(true);
    expect(schema.validateRecord({ ...record, name: '' }).error.problems).to.deep.equal([{ path: 'name', message: 'must not be empty' }]);
  });

  it('registers the element with `./define`, and the element renders', async () => {
    const { CompoundCard } = await import(`${PACKAGE}/dist/esm/index.js`);
    await import(`${PACKAGE}/dist/esm/define.js`);
    expect(customElements.get('compound-card')).to.equal(CompoundCard);
    const card = document.createElement('compound-card') as HTMLElement & { record: unknown; status: string; updateComplete: Promise<unknown> };
    card.record = await (await fetch('/demo/records/thymogen.json')).json();
    document.body.append(card);
    await card.updateComplete;
    expect(card.status).to.equal('ready');
    expect(card.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim()).to.equal('Thymogen');
    card.remove();
  });

  it('ships the manifest and the JSON Schema as JSON files', async () => {
    const manifest = await (await fetch(`${PACKAGE}/dist/custom-elements.json`)).json();
    expect(JSON.stringify(manifest)).to.contain('"tagName":"compound-card"');
    const schema = await (await fetch(`${PACKAGE}/dist/compound-record.schema.json`)).json();
    expect(schema.required).to.deep.equal(['schemaVersion', 'id', 'name']);
  });
});
