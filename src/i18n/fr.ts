import type { Words } from './en.js';

/*
 * The card's own words in French. French typography puts a no-break space
 * (U+00A0) inside guillemets and before « ; » and « : », so lines never break there.
 */
export const fr: Words = {
  quickFacts: 'En bref',
  keyTakeaways: 'À retenir',
  faq: 'Questions fréquentes',
  references: 'Références',
  referenceTypes: { study: 'Étude', regulator: 'Autorité de réglementation', reference: 'Ouvrage de référence' },
  updated: 'Mis à jour le',
  loading: 'Chargement de la fiche du composé…',
  cardLabel: 'Fiche du composé',
  retry: 'Réessayer',
  errorTitle: 'Impossible d’afficher cette fiche.',
  linkToQuestion: 'Lien vers cette question',
  linkToSection: (title: string) => `Lien vers la section «\u00a0${title}\u00a0»`,
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  date: (day: number, month: number, year: number) =>
    `${day} ${'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ')[month]} ${year}`,
  disclaimer:
    'Non approuvé par la Food and Drug Administration (FDA) des États-Unis. Ce contenu est fourni à titre éducatif uniquement et ne constitue pas un avis médical\u00a0; il ne donne aucune indication de posologie. Consultez un professionnel de santé qualifié avant toute décision concernant votre santé.',
  errors: {
    network:
      'Impossible d’accéder aux données de la fiche. Vous êtes peut-être hors ligne, ou le serveur qui les héberge n’autorise pas ce site à les charger.',
    badAddress: 'L’adresse des données n’est pas une URL http ou https.',
    notJson: (type: string) => `Le serveur a envoyé ${type} au lieu de données JSON.`,
    http: (status: string) => `Le serveur des données a répondu par une erreur (HTTP ${status}).`,
    timeout: 'Les données ont mis trop de temps à arriver.',
    'too-large': 'Les données dépassent les 512\u00a0Kio qu’une fiche accepte.',
    parse: (line?: number, column?: number) =>
      `Les données ne sont pas du JSON valide${line ? ` (ligne ${line}, colonne ${column})` : ''}.`,
    invalid: 'Les données ne respectent pas le format de la fiche\u00a0:',
    'unsupported-version': (version: string) =>
      `Les données utilisent la version ${version} du format, que cette fiche ne sait pas lire. Elle lit la version 1.`,
  },
};
