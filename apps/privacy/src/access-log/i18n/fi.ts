import { defineTexts } from '@luotsi/i18n';

/** Texts of the accessLog pages only: loaded with those pages (the route's `texts` in module.ts). */
export const fi = defineTexts({
  accessLog: {
    intro: 'Aina kun hyvinvointialueen ammattilainen katsoo tai käsittelee asiakastietoja, siitä jää merkintä käyttölokiin. Tässä näet merkinnät, jotka koskevat sinun ja huollettaviesi alle 15-vuotiaiden lasten tietoja, uusimmat ensin.',
    caption: 'Tietojesi käsittely',
    empty: 'Kukaan ammattilainen ei ole katsonut tietojasi.',
    more: 'Näytä lisää',
    moreLoaded: 'Lisää merkintöjä näytetty.',
    rights: 'Jos epäilet, että tietojasi on katsottu ilman perustetta, ota yhteyttä hyvinvointialueen tietosuojavastaavaan.',
    columns: { when: 'Aika', who: 'Ammattilainen', action: 'Toimenpide', object: 'Tieto', whose: 'Kenen tiedot', why: 'Peruste' },
    self: 'Sinun',
    child: 'Lapsesi {{name}}',
    actions: { read: 'Katsoi', create: 'Loi', update: 'Muutti', delete: 'Poisti', export: 'Vei tiedostoon', print: 'Tulosti' },
    objects: {
      ContactRequest: 'Yhteydenottopyyntö oirearvion jälkeen',
      HelpRequest: 'Pyydä apua -viesti',
      CareAgreement: 'Hoito- tai toimeksiantosopimus',
      Person: 'Nimi ja henkilötunnus',
      CalendarEntry: 'Varattu aika',
      AccessLog: 'Käyttöloki',
      other: 'Muu tieto',
    },
    purposes: {
      'unit-queue': 'Yksikön työjono: pyyntösi käsittely',
      'care-agreement': 'Sopimuksen hoitaminen',
      appointment: 'Ajanvaraus',
      'first-contact-booking': 'Ensikäynnin varaaminen',
      'own-calendar': 'Oman kalenterin käyttö',
      'absence-reassignment': 'Poissaolon aikaisten aikojen siirtäminen',
      'access-log-supervision': 'Käyttölokin valvonta',
      'information-request': 'Tietopyyntöön vastaaminen',
      other: 'Muu peruste ({{id}})',
    },
    roles: {
      nurse: 'sairaanhoitaja',
      'social-advisor': 'sosiaaliohjaaja',
      'family-worker': 'perhetyöntekijä',
      'team-lead': 'tiiminvetäjä',
      'caregiver-coordinator': 'omaishoidon ohjaaja',
      'service-curator': 'palvelutarjottimen ylläpitäjä',
      editor: 'sisällöntuottaja',
      manager: 'johtaja',
      admin: 'pääkäyttäjä',
      other: 'ammattilainen',
    },
  },
});
