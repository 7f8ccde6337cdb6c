import { defineTexts } from '@luotsi/i18n';

/**
 * The module's texts in Finnish: the source that sv.ts and en.ts must match key for key (a
 * missing key is a compile error). Keys of the access log's pages start with `accessLog.`.
 */
export const fi = defineTexts({
  nav: {
    resident: 'Tietosuoja',
  },
  resident: {
    title: 'Tietosuoja ja omat tiedot',
    intro: 'Täällä näet, mitä tietoja sinusta on tallennettu ja kuka niitä on käsitellyt, ja voit ladata tai poistaa tietojasi.',
  },
  myData: {
    nav: 'Omat tietoni',
    title: 'Omat tietoni',
    intro: 'Voit ladata kaikki tiedot, jotka Luotsi on sinusta tallentanut, ja poistaa tiedot, joiden antaminen oli vapaaehtoista.',
  },
  accessLog: {
    nav: 'Kuka on katsonut tietojani',
    title: 'Kuka on katsonut tietojani',
    summary: 'Näe, kuka ammattilainen on katsonut tai käsitellyt sinun ja alle 15-vuotiaiden lastesi tietoja, milloin ja miksi.',
  },
});
