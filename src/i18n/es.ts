import type { Words } from './en.js';

/** The card's own words in Spanish (neutral, formal "usted"). */
export const es: Words = {
  quickFacts: 'Datos básicos',
  keyTakeaways: 'Puntos clave',
  faq: 'Preguntas frecuentes',
  references: 'Referencias',
  referenceTypes: { study: 'Estudio', regulator: 'Organismo regulador', reference: 'Obra de consulta' },
  updated: 'Actualizado el',
  loading: 'Cargando la ficha del compuesto…',
  cardLabel: 'Ficha del compuesto',
  retry: 'Reintentar',
  errorTitle: 'No se pudo mostrar esta ficha.',
  linkToQuestion: 'Enlace a esta pregunta',
  linkToSection: (title: string) => `Enlace a la sección «${title}»`,
  opensInNewTab: '(se abre en una pestaña nueva)',
  date: (day: number, month: number, year: number) =>
    `${day} de ${'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(' ')[month]} de ${year}`,
  disclaimer:
    'No aprobado por la Administración de Alimentos y Medicamentos de EE. UU. (FDA). Este contenido es solo educativo y no constituye asesoramiento médico; no incluye ninguna indicación de dosificación. Consulte a un profesional de la salud cualificado antes de tomar cualquier decisión sobre su salud.',
  errors: {
    network:
      'No se pudo acceder al registro. Es posible que no tenga conexión o que el servidor del registro no permita que este sitio lo cargue.',
    badAddress: 'La dirección del registro no es una URL http ni https.',
    notJson: (type: string) => `El servidor envió ${type}, no un registro JSON.`,
    http: (status: string) => `El servidor del registro respondió con un error (HTTP ${status}).`,
    timeout: 'El registro tardó demasiado en llegar.',
    'too-large': 'El registro supera los 512 KiB que admite una ficha.',
    parse: (line?: number, column?: number) =>
      `El registro no es un JSON válido${line ? ` (línea ${line}, columna ${column})` : ''}.`,
    invalid: 'El registro no sigue el formato de la ficha:',
    'unsupported-version': (version: string) =>
      `El registro usa la versión ${version} del formato, que esta ficha no puede leer. Solo lee la versión 1.`,
  },
};
