import { defineTexts } from '@luotsi/i18n';

/** Built-in texts of the design system (namespace 'ui'). Finnish is the source. */
export const fi = defineTexts({
  loading: 'Ladataan…',
  close: 'Sulje',
  field: {
    optional: '(valinnainen)',
    error: 'Virhe:',
  },
  fieldError: {
    required: 'Täytä tämä tieto.',
    tooShort: 'Teksti on liian lyhyt.',
    tooShortLimit: 'Kirjoita vähintään {{minimum}} merkkiä.',
    tooLong: 'Teksti on liian pitkä.',
    tooLongLimit: 'Kirjoita enintään {{maximum}} merkkiä.',
    tooFew: 'Valitse useampi.',
    tooFewLimit: 'Valitse vähintään {{minimum}}.',
    tooMany: 'Valitse vähemmän.',
    tooManyLimit: 'Valitse enintään {{maximum}}.',
    outOfRange: 'Arvo ei ole sallituissa rajoissa.',
    outOfRangeMinimum: 'Anna vähintään {{minimum}}.',
    outOfRangeMaximum: 'Anna enintään {{maximum}}.',
    invalidFormat: 'Tieto ei ole oikeassa muodossa.',
    invalidChoice: 'Valitse jokin annetuista vaihtoehdoista.',
    invalid: 'Tarkista tämä tieto.',
  },
  dateField: {
    hint: 'Esimerkiksi 31.12.2025',
  },
  errorSummary: {
    title_one: 'Lomakkeessa on {{count}} korjattava kohta',
    title_other: 'Lomakkeessa on {{count}} korjattavaa kohtaa',
  },
  alert: {
    info: 'Tiedoksi:',
    success: 'Valmis:',
    warning: 'Huomio:',
    error: 'Virhe:',
  },
  link: {
    newWindow: '(avautuu uuteen ikkunaan)',
  },
  pagination: {
    label: 'Sivut',
    previous: 'Edellinen sivu',
    next: 'Seuraava sivu',
    page: 'Sivu {{page}}',
  },
  requestError: {
    RATE_LIMITED: 'Liian monta yritystä lyhyessä ajassa. Odota hetki ja yritä sitten uudelleen.',
    TIMEOUT: 'Palvelu vastasi liian hitaasti. Yritä hetken kuluttua uudelleen.',
    PERSISTED_QUERY_NOT_FOUND: 'Palvelu on päivittynyt. Lataa sivu uudelleen.',
    UNAUTHENTICATED: 'Kirjaudu sisään jatkaaksesi.',
    FORBIDDEN: 'Sinulla ei ole oikeutta tähän tietoon.',
    NOT_FOUND: 'Tietoa ei löytynyt.',
    BAD_USER_INPUT: 'Tarkista antamasi tiedot.',
    NETWORK: 'Palveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
    INTERNAL_SERVER_ERROR: 'Jotain meni vikaan. Yritä hetken kuluttua uudelleen.',
    requestId: 'Tunniste asiakaspalvelua varten: {{requestId}}',
  },
  skipLink: 'Siirry pääsisältöön',
  serviceUnavailable: {
    title: 'Palvelu ei ole juuri nyt käytettävissä',
    body: 'Yritä hetken kuluttua uudelleen. Muut palvelut toimivat normaalisti.',
    retry: 'Yritä uudelleen',
  },
  languageNote: {
    fi: 'Tämä sisältö on saatavilla vain suomeksi.',
    sv: 'Tämä sisältö on saatavilla vain ruotsiksi.',
    en: 'Tämä sisältö on saatavilla vain englanniksi.',
  },
});
