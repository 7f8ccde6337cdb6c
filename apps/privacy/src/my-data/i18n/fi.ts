import { defineTexts } from '@luotsi/i18n';

/** Texts of the myData pages only: loaded with those pages (the route's `texts` in module.ts). */
export const fi = defineTexts({
  myData: {
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
});
