import type { Words } from './en.js';

/** The card's own words in German (formal "Sie"). */
export const de: Words = {
  quickFacts: 'Steckbrief',
  keyTakeaways: 'Das Wichtigste in Kürze',
  faq: 'Häufig gestellte Fragen',
  references: 'Quellen',
  referenceTypes: { study: 'Studie', regulator: 'Behörde', reference: 'Nachschlagewerk' },
  updated: 'Aktualisiert am',
  loading: 'Substanzkarte wird geladen…',
  cardLabel: 'Substanzkarte',
  retry: 'Erneut versuchen',
  errorTitle: 'Diese Karte konnte nicht angezeigt werden.',
  linkToQuestion: 'Link zu dieser Frage',
  linkToSection: (title: string) => `Link zum Abschnitt „${title}“`,
  opensInNewTab: '(wird in einem neuen Tab geöffnet)',
  date: (day: number, month: number, year: number) =>
    `${day}. ${'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ')[month]} ${year}`,
  disclaimer:
    'Nicht von der US-amerikanischen Lebensmittel- und Arzneimittelbehörde (FDA) zugelassen. Dieser Inhalt dient ausschließlich Bildungszwecken und ist keine medizinische Beratung; er enthält keine Dosierungsempfehlungen. Sprechen Sie vor jeder gesundheitlichen Entscheidung mit qualifiziertem medizinischem Fachpersonal.',
  errors: {
    network:
      'Der Datensatz konnte nicht abgerufen werden. Möglicherweise sind Sie offline, oder sein Server erlaubt dieser Website nicht, ihn zu laden.',
    badAddress: 'Die Adresse des Datensatzes ist keine http- oder https-URL.',
    notJson: (type: string) => `Der Server hat ${type} gesendet, keinen JSON-Datensatz.`,
    http: (status: string) => `Der Server des Datensatzes hat mit einem Fehler geantwortet (HTTP ${status}).`,
    timeout: 'Das Laden des Datensatzes hat zu lange gedauert.',
    'too-large': 'Der Datensatz ist größer als die 512 KiB, die eine Karte annimmt.',
    parse: (line?: number, column?: number) =>
      `Der Datensatz ist kein gültiges JSON${line ? ` (Zeile ${line}, Spalte ${column})` : ''}.`,
    invalid: 'Der Datensatz entspricht nicht dem Format der Karte:',
    'unsupported-version': (version: string) =>
      `Der Datensatz verwendet die Formatversion ${version}, die diese Karte nicht lesen kann. Sie liest Version 1.`,
  },
};
