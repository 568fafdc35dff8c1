/** The card's own words in English: the reference every other language file follows. */
export const en = {
  quickFacts: 'Quick facts',
  keyTakeaways: 'Key takeaways',
  faq: 'Frequently asked questions',
  references: 'References',
  referenceTypes: { study: 'Study', regulator: 'Regulator', reference: 'Reference' },
  updated: 'Updated',
  loading: 'Loading compound card…',
  cardLabel: 'Compound card',
  retry: 'Retry',
  errorTitle: 'This card could not be shown.',
  linkToQuestion: 'Link to this question',
  linkToSection: (title: string) => `Link to the section “${title}”`,
  opensInNewTab: '(opens in a new tab)',
  /**
   * A date as the language writes it in full (`March 9, 2026`; month 0–11): the
   * text `Intl.DateTimeFormat` gives with `dateStyle: 'long'`, without building one,
   * whose first construction costs about 100 ms on a phone.
   */
  date: (day: number, month: number, year: number) =>
    `${'January February March April May June July August September October November December'.split(' ')[month]} ${day}, ${year}`,
  disclaimer:
    'Not approved by the U.S. Food and Drug Administration (FDA). This content is educational only and is not medical advice; it gives no dosing guidance. Talk to a qualified healthcare professional before making any health decision.',
  errors: {
    network: 'The record could not be reached. You may be offline, or its server may not allow this site to load it.',
    badAddress: 'The record address is not an http or https URL.',
    notJson: (type: string) => `The server sent ${type}, not a JSON record.`,
    http: (status: string) => `The record's server answered with an error (HTTP ${status}).`,
    timeout: 'The record took too long to arrive.',
    'too-large': 'The record is larger than the 512 KiB a card accepts.',
    parse: (line?: number, column?: number) =>
      `The record is not valid JSON${line ? ` (line ${line}, column ${column})` : ''}.`,
    invalid: 'The record does not follow the card\'s format:',
    'unsupported-version': (version: string) =>
      `The record uses format version ${version}, which this card does not read. It reads version 1.`,
  },
};

export type Words = typeof en;
