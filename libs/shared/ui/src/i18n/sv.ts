import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  loading: 'Laddar…',
  close: 'Stäng',
  field: {
    optional: '(frivillig)',
    error: 'Fel:',
  },
  fieldError: {
    required: 'Fyll i uppgiften.',
    tooShort: 'Texten är för kort.',
    tooShortLimit: 'Skriv minst {{minimum}} tecken.',
    tooLong: 'Texten är för lång.',
    tooLongLimit: 'Skriv högst {{maximum}} tecken.',
    tooFew: 'Välj fler.',
    tooFewLimit: 'Välj minst {{minimum}}.',
    tooMany: 'Välj färre.',
    tooManyLimit: 'Välj högst {{maximum}}.',
    outOfRange: 'Värdet ligger utanför de tillåtna gränserna.',
    outOfRangeMinimum: 'Ange minst {{minimum}}.',
    outOfRangeMaximum: 'Ange högst {{maximum}}.',
    invalidFormat: 'Uppgiften har fel format.',
    invalidChoice: 'Välj ett av de givna alternativen.',
    invalid: 'Kontrollera uppgiften.',
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
  requestError: {
    RATE_LIMITED: 'För många försök på kort tid. Vänta en stund och försök sedan igen.',
    TIMEOUT: 'Tjänsten svarade för långsamt. Försök igen om en stund.',
    PERSISTED_QUERY_NOT_FOUND: 'Tjänsten har uppdaterats. Ladda om sidan.',
    UNAUTHENTICATED: 'Logga in för att fortsätta.',
    FORBIDDEN: 'Du har inte rätt till den här uppgiften.',
    NOT_FOUND: 'Uppgiften hittades inte.',
    BAD_USER_INPUT: 'Kontrollera uppgifterna du har angett.',
    NETWORK: 'Det gick inte att nå tjänsten. Kontrollera nätverksanslutningen och försök igen.',
    INTERNAL_SERVER_ERROR: 'Något gick fel. Försök igen om en stund.',
    requestId: 'Kod för kundtjänsten: {{requestId}}',
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
