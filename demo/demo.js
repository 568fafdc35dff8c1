// Logs the card's events on the page, so a developer can watch them fire.
// The events bubble and are composed, so one listener on the document hears every card.
// This module is loaded before the element is registered, so it hears the first events too.

const EVENTS = ['compound-card-load', 'compound-card-error', 'compound-card-toggle'];

const log = document.getElementById('event-log');
let first = true;

/** Which example a card belongs to: the heading of its section. */
function whereIs(card) {
  const section = card.closest('section');
  const title = section?.querySelector('h2');
  return title ? title.textContent.trim() : '(page)';
}

/** A short, readable summary of an event's detail. */
function describe(event) {
  const { detail } = event;
  switch (event.type) {
    case 'compound-card-load':
      return `record "${detail.record.id}" (${detail.record.name})`;
    case 'compound-card-error': {
      const issues = detail.issues ? `\n    ${detail.issues.join('\n    ')}` : '';
      return `kind=${detail.kind}: ${detail.message}${issues}`;
    }
    case 'compound-card-toggle':
      return `block=${detail.block}${detail.index === undefined ? '' : ` index=${detail.index}`} open=${detail.open}`;
    default:
      return '';
  }
}

function record(event) {
  if (!log) return;
  const time = new Date().toLocaleTimeString();
  // textContent only: record text is data, never markup.
  const line = `${time}  ${event.type}  [${whereIs(event.target)}]  ${describe(event)}\n`;
  if (first) {
    log.textContent = '';
    first = false;
  }
  log.append(line);
  log.scrollTop = log.scrollHeight;
}

for (const type of EVENTS) document.addEventListener(type, record);
