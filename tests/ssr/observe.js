// Loaded first on the rendered-card test pages (a file, so strict-CSP pages
// allow it): records layout shifts where the browser reports them, CSP
// violations, errors, and where the paragraph after the card sits at each step.
window.__shifts = [];
window.__violations = [];
window.__errors = [];
window.__afterTop = [];
if (PerformanceObserver.supportedEntryTypes?.includes('layout-shift')) {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__shifts.push(entry.value);
  }).observe({ type: 'layout-shift', buffered: true });
}
document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  consoleError(...args);
};
// Where the paragraph after the card is before the bundle runs, and once every card is ready.
const afterTop = () => document.getElementById('after')?.getBoundingClientRect().top;
document.addEventListener('DOMContentLoaded', () => window.__afterTop.push(['parsed', afterTop()]));
document.addEventListener('compound-card-load', () => requestAnimationFrame(() => window.__afterTop.push(['ready', afterTop()])));
// Every status a card takes, in order.
window.__statuses = [];
new MutationObserver((changes) => {
  for (const change of changes) if (change.target.localName === 'compound-card') window.__statuses.push(change.target.getAttribute('status'));
}).observe(document, { subtree: true, attributeFilter: ['status'] });
// The XSS payloads call this if they ever run.
window.__xssCalls = [];
window.__xss = (n) => window.__xssCalls.push(n);
