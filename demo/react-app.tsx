/**
 * <compound-card> in a React 19 app: demo/react.html, served by `npm start`
 * (the Vite dev server compiles this file) at /demo/react.html.
 *
 * React 19 supports custom elements. For a tag with a hyphen it:
 *  - sets a prop as a PROPERTY when the element has a property of that name
 *    (`prop in element`): `record`, and also `theme`, `sections`, `src`;
 *    otherwise as an ATTRIBUTE: `heading-level`, `facts-collapsed` (true sets
 *    it, false removes it);
 *  - turns a prop that starts with `on` and holds a function into an event
 *    listener for the rest of the name, as written: `oncompound-card-load`
 *    calls addEventListener('compound-card-load'); a `Capture` suffix listens
 *    in the capture phase. React's own event props (`onClick`, `onLoad`,
 *    `onError`, `onToggle` …) stay React's native events, so the card's events
 *    need the exact lower-case names: `onCompoundCardLoad` would never fire.
 *
 * So the element must be registered before React creates it, or `record` is
 * not yet a property and would end up as the attribute "[object Object]". The
 * import of the definition below runs before anything renders.
 */
import { Fragment, StrictMode, useCallback, useEffect, useMemo, useState, type DetailedHTMLProps, type HTMLAttributes } from 'react';
import { createRoot } from 'react-dom/client';
// In an app that installed the package: `import 'compound-card/define'` and
// `import type { CompoundCard, … } from 'compound-card'`.
import '../src/define.ts';
import type { CompoundCard } from '../src/compound-card.ts';
import type { CompoundCardErrorDetail, CompoundCardLoadDetail, CompoundCardToggleDetail } from '../src/events.ts';
import type { CompoundRecord } from '../src/record/schema.ts';

type CardEventHandler<Detail> = (event: CustomEvent<Detail>) => void;

/** The props JSX accepts on <compound-card>: React's usual HTML props, the card's attributes, its record and its events. */
interface CompoundCardProps extends DetailedHTMLProps<HTMLAttributes<CompoundCard>, CompoundCard> {
  /** Set as a property. Keep the object stable (state, useMemo): a new object is a new record to the card. */
  record?: CompoundRecord | object;
  src?: string;
  sections?: string;
  'heading-level'?: 1 | 2 | 3 | 4 | 5 | 6 | `${1 | 2 | 3 | 4 | 5 | 6}`;
  'facts-collapsed'?: boolean;
  'faq-mode'?: 'multiple' | 'single';
  theme?: 'light' | 'dark' | 'auto';
  timeout?: number;
  'oncompound-card-load'?: CardEventHandler<CompoundCardLoadDetail>;
  'oncompound-card-error'?: CardEventHandler<CompoundCardErrorDetail>;
  'oncompound-card-toggle'?: CardEventHandler<CompoundCardToggleDetail>;
}

// React 19's way to type a custom element: add it to React's JSX namespace.
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- augmenting React's own JSX namespace
  namespace JSX {
    interface IntrinsicElements {
      'compound-card': CompoundCardProps;
    }
  }
}

type Choice = 'thymogen' | 'renamed' | 'invalid';

interface LoggedEvent {
  id: number;
  text: string;
}

const CHOICES: { value: Choice; label: string }[] = [
  { value: 'thymogen', label: 'Thymogen record' },
  { value: 'renamed', label: 'Renamed copy' },
  { value: 'invalid', label: 'Invalid copy (empty name)' },
];

/** The Thymogen record, fetched once; `undefined` while loading. */
function useThymogen(): { record?: CompoundRecord; failure?: string } {
  const [state, setState] = useState<{ record?: CompoundRecord; failure?: string }>({});
  useEffect(() => {
    const controller = new AbortController();
    fetch('/demo/records/thymogen.json', { signal: controller.signal })
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<CompoundRecord>;
      })
      .then(
        (record) => setState({ record }),
        (error: unknown) => {
          if (!controller.signal.aborted) setState({ failure: String(error) });
        },
      );
    return () => controller.abort();
  }, []);
  return state;
}

function describe(event: CustomEvent<unknown>): string {
  const status = (event.currentTarget as CompoundCard).status;
  switch (event.type) {
    case 'compound-card-load': {
      const { record } = (event as CustomEvent<CompoundCardLoadDetail>).detail;
      return `compound-card-load: record "${record.id}" (${record.name}); card.status = ${status}`;
    }
    case 'compound-card-error': {
      const { kind, message, issues } = (event as CustomEvent<CompoundCardErrorDetail>).detail;
      return `compound-card-error: kind=${kind}: ${message}${issues ? ` [${issues.join('; ')}]` : ''}; card.status = ${status}`;
    }
    case 'compound-card-toggle': {
      const { block, index, open } = (event as CustomEvent<CompoundCardToggleDetail>).detail;
      return `compound-card-toggle: block=${block}${index === undefined ? '' : ` index=${index}`} open=${open}`;
    }
    default:
      return event.type;
  }
}

function App() {
  const { record: thymogen, failure } = useThymogen();
  const [choice, setChoice] = useState<Choice>('thymogen');
  const [theme, setTheme] = useState<'light' | 'dark'>('light');
  const [factsCollapsed, setFactsCollapsed] = useState(false);
  const [events, setEvents] = useState<LoggedEvent[]>([]);

  // One object per choice, kept across renders: handing the card a fresh object on
  // every render would make it validate and announce the record again each time.
  const records = useMemo(
    () =>
      thymogen && {
        thymogen,
        renamed: { ...thymogen, name: 'Glutamyl-tryptophan (Thymogen)' },
        invalid: { ...thymogen, name: '' },
      },
    [thymogen],
  );

  const onCardEvent = useCallback((event: CustomEvent<unknown>) => {
    const text = describe(event);
    setEvents((previous) => [{ id: (previous[0]?.id ?? 0) + 1, text }, ...previous].slice(0, 8));
  }, []);

  const last = events[0];

  return (
    <>
      <header className="page-header">
        <h1>&lt;compound-card&gt; in React 19</h1>
        <p>
          React 19 passes <code>record</code> to the card as a property, sets <code>heading-level</code>,{' '}
          <code>sections</code>, <code>theme</code> and <code>facts-collapsed</code>, and listens to the card's events
          through <code>oncompound-card-load</code>, <code>oncompound-card-error</code> and{' '}
          <code>oncompound-card-toggle</code> props. The source is <code>demo/react-app.tsx</code>.
        </p>
        <pre className="event-log">
          {`<compound-card
  record={record}
  heading-level={3}
  sections="facts takeaways faq"
  theme={theme}
  facts-collapsed={factsCollapsed}
  oncompound-card-load={(event) => …event.detail.record}
  oncompound-card-error={(event) => …event.detail.kind}
  oncompound-card-toggle={(event) => …event.detail.open}
/>`}
        </pre>
      </header>

      <main>
        <section className="example" aria-labelledby="controls-title">
          <h2 id="controls-title">Props</h2>
          <p role="group" aria-label="Record">
            {CHOICES.map(({ value, label }) => (
              <Fragment key={value}>
                <button type="button" aria-pressed={choice === value} onClick={() => setChoice(value)}>
                  {label}
                </button>{' '}
              </Fragment>
            ))}
            <button type="button" onClick={() => setChoice((now) => (now === 'thymogen' ? 'renamed' : 'thymogen'))}>
              Switch record
            </button>
          </p>
          <p>
            <button type="button" aria-pressed={theme === 'dark'} onClick={() => setTheme((now) => (now === 'dark' ? 'light' : 'dark'))}>
              Theme: {theme}
            </button>{' '}
            <label>
              <input type="checkbox" checked={factsCollapsed} onChange={(event) => setFactsCollapsed(event.target.checked)} />{' '}
              <code>facts-collapsed</code>
            </label>
          </p>
          <p>
            Last event: <output id="last-event">{last ? last.text : failure ? `could not fetch the record: ${failure}` : 'none yet'}</output>
          </p>
        </section>

        <section className={theme === 'dark' ? 'example dark-section' : 'example'} aria-labelledby="card-title">
          <h2 id="card-title">The card</h2>
          <compound-card
            record={records?.[choice]}
            heading-level={3}
            sections="facts takeaways faq"
            theme={theme}
            facts-collapsed={factsCollapsed}
            oncompound-card-load={onCardEvent}
            oncompound-card-error={onCardEvent}
            oncompound-card-toggle={onCardEvent}
          />
        </section>
      </main>

      <section className="event-log-section" aria-labelledby="events-title">
        <h2 id="events-title">Recent events</h2>
        <pre className="event-log" role="log" aria-label="Card events">
          {events.length ? events.map((event) => `${event.id}. ${event.text}`).join('\n') : 'Waiting for events…'}
        </pre>
      </section>
    </>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('demo/react.html has no #root');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
