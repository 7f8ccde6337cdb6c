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
    download: {
      title: 'Lataa tietosi',
      intro: 'Saat tiedot kahdessa muodossa: luettavana sivuna, jonka voit tulostaa tai tallentaa PDF:ksi, ja koneluettavana JSON-tiedostona, jonka voit siirtää toiseen palveluun.',
      html: 'Lataa luettavana sivuna',
      json: 'Lataa JSON-tiedostona',
      note: 'Tiedosto on henkilökohtainen. Tallenna se vain omalle laitteellesi.',
    },
    optional: {
      title: 'Vapaaehtoiset tiedot',
      intro: 'Nämä tiedot olet antanut itse. Voit poistaa ne milloin tahansa; poisto ei vaikuta palveluihin, joissa olet asiakkaana.',
      stored: 'tallennettu',
      notStored: 'ei tallennettu',
      delete: 'Poista vapaaehtoiset tietoni',
      nothing: 'Sinusta ei ole tallennettu vapaaehtoisia tietoja.',
      deleted: 'Vapaaehtoiset tietosi on poistettu.',
    },
    confirm: {
      title: 'Poistetaanko vapaaehtoiset tiedot?',
      body: 'Sähköpostiosoitteesi ja puhelinnumerosi poistetaan. Poistoa ei voi perua, mutta voit antaa tiedot myöhemmin uudelleen.',
      cancel: 'Peruuta',
      delete: 'Poista tiedot',
    },
    required: {
      title: 'Tiedot, joita et voi poistaa itse',
      intro: 'Hyvinvointialueen on lain mukaan säilytettävä asiakastyön tiedot tietyn ajan. Ne poistetaan automaattisesti, kun säilytysaika päättyy.',
      contactRequests: 'Yhteydenottopyynnöt oirearvion jälkeen',
      helpRequests: 'Pyydä apua -viestit',
      agreements: 'Hoito- ja toimeksiantosopimukset',
      bookings: 'Varatut ajat',
      rights: 'Jos tiedoissa on virhe, voit pyytää sen korjaamista. Voit myös kysyä tietojesi käsittelystä hyvinvointialueen tietosuojavastaavalta.',
    },
    errors: {
      signIn: 'Istuntosi on päättynyt. Kirjaudu uudelleen sisään.',
      rateLimited: 'Liian monta yritystä. Yritä hetken kuluttua uudelleen.',
      network: 'Palveluun ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.',
      general: 'Jokin meni vikaan. Tietojasi ei muutettu. Yritä hetken kuluttua uudelleen.',
    },
  },
  accessLog: {
    nav: 'Kuka on katsonut tietojani',
    title: 'Kuka on katsonut tietojani',
    summary: 'Näe, kuka ammattilainen on katsonut tai käsitellyt sinun ja alle 15-vuotiaiden lastesi tietoja, milloin ja miksi.',
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
      'access-log-supervision': 'Käyttölokin valvonta',
      'information-request': 'Tietopyyntöön vastaaminen',
      other: 'Muu peruste ({{id}})',
    },
    roles: {
      nurse: 'sairaanhoitaja',
      'social-advisor': 'sosiaaliohjaaja',
      'family-worker': 'perhetyöntekijä',
      'caregiver-coordinator': 'omaishoidon ohjaaja',
      'service-curator': 'palvelutarjottimen ylläpitäjä',
      editor: 'sisällöntuottaja',
      manager: 'johtaja',
      admin: 'pääkäyttäjä',
      other: 'ammattilainen',
    },
  },
  error: 'Tietoja ei voitu hakea. Yritä hetken kuluttua uudelleen.',
});
