import { defineTexts } from '@luotsi/i18n';

/** Built-in texts of the design system (namespace 'ui'). Finnish is the source. */
export const fi = defineTexts({
  loading: 'Ladataan…',
  close: 'Sulje',
  field: {
    optional: '(valinnainen)',
    error: 'Virhe:',
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
