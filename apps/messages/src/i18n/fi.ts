import { defineTexts } from '@luotsi/i18n';

/**
 * The module's texts in Finnish: the source that sv.ts and en.ts must match key for key (a
 * missing key is a compile error). The title is the module's name as the generator wrote it:
 * replace it with the service's real name in each language.
 */
export const fi = defineTexts({
  nav: {
    resident: 'Viestit',
  },
  resident: {
    title: 'Viestit',
    intro: 'Palvelut lähettävät sinulle täällä viestejä, esimerkiksi vastauksia yhteydenottoihisi. Saat sähköpostin, kun sinulle on uusi viesti. Uusin viesti on ensimmäisenä.',
    empty: 'Sinulle ei ole viestejä.',
    listLabel: 'Viestisi',
    unread: 'Uusi',
    received: 'Saapunut',
    openService: 'Siirry palveluun',
  },
});
