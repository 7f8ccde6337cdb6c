import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  loading: 'Laddar…',
  close: 'Stäng',
  field: {
    optional: '(frivillig)',
    error: 'Fel:',
  },
  dateField: {
    hint: 'Till exempel 31.12.2025',
  },
  errorSummary: {
    title_one: 'Formuläret har {{count}} punkt att rätta',
    title_other: 'Formuläret har {{count}} punkter att rätta',
  },
  alert: {
    info: 'För kännedom:',
    success: 'Klart:',
    warning: 'Observera:',
    error: 'Fel:',
  },
  link: {
    newWindow: '(öppnas i ett nytt fönster)',
  },
  pagination: {
    label: 'Sidor',
    previous: 'Föregående sida',
    next: 'Nästa sida',
    page: 'Sida {{page}}',
  },
  skipLink: 'Gå till huvudinnehållet',
  serviceUnavailable: {
    title: 'Tjänsten är inte tillgänglig just nu',
    body: 'Försök igen om en stund. De andra tjänsterna fungerar som vanligt.',
    retry: 'Försök igen',
  },
  languageNote: {
    fi: 'Det här innehållet finns bara på finska.',
    sv: 'Det här innehållet finns bara på svenska.',
    en: 'Det här innehållet finns bara på engelska.',
  },
};
