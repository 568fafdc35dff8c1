// The host page's own script for demo/plain.html: a classic script, loaded with `defer` before
// the card's bundle, so its listeners are in place before the first card fires an event.
// Everything here is what a host developer would write; copy what you need.
(() => {
  const log = document.getElementById('event-log');
  const statusLine = document.getElementById('status-line');
  let firstLine = true;

  /** Every card's read-only `status`: `empty`, `loading`, `ready` or `error`. */
  function showStatus() {
    const cards = [...document.querySelectorAll('compound-card')];
    // Before the bundle has registered the element, a card has no `status` property yet.
    statusLine.textContent = cards.map((card) => `#${card.id}: ${card.status ?? 'not registered yet'}`).join(', ');
  }

  /** Adds one line to the log. textContent only: record text is data, never markup. */
  function write(line) {
    if (firstLine) {
      log.textContent = '';
      firstLine = false;
    }
    log.append(`${line}\n`);
    log.scrollTop = log.scrollHeight;
  }

  // The three events bubble and are composed: one listener on the document hears every card.
  // event.target is the card that fired it.
  document.addEventListener('compound-card-load', (event) => {
    const { record } = event.detail;
    write(`compound-card-load    #${event.target.id}  record "${record.id}" (${record.name})`);
    showStatus();
  });

  document.addEventListener('compound-card-error', (event) => {
    const { kind, message, issues } = event.detail;
    write(`compound-card-error   #${event.target.id}  kind=${kind}: ${message}${issues ? ` ${issues.join('; ')}` : ''}`);
    showStatus();
  });

  document.addEventListener('compound-card-toggle', (event) => {
    const { block, index, open } = event.detail;
    write(`compound-card-toggle  #${event.target.id}  block=${block}${index === undefined ? '' : ` index=${index}`} open=${open}`);
  });

  // Setting `record` from script. Wait until the element is registered, so the property is the
  // card's own; then any object will do: the card validates it like every other source.
  const scriptCard = document.getElementById('script-card');
  const switchButton = document.getElementById('switch-record');
  let original;

  customElements
    .whenDefined('compound-card')
    .then(async () => {
      showStatus();
      const response = await fetch(new URL('./records/thymogen.json', document.baseURI), { credentials: 'omit' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      original = await response.json();
      scriptCard.record = original;
    })
    .catch((error) => {
      // The card itself never throws; only this page's own fetch can fail here.
      write(`could not fetch the record for #script-card: ${error.message}`);
    });

  // A new object each time: the card compares the object, so mutate a copy, never the original.
  switchButton.addEventListener('click', () => {
    if (!original) return;
    scriptCard.record =
      scriptCard.record === original ? { ...original, name: 'Glutamyl-tryptophan (Thymogen)' } : original;
  });

  document.getElementById('read-status').addEventListener('click', showStatus);
})();
