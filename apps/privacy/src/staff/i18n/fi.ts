import { defineTexts } from '@luotsi/i18n';

/** Texts of the staff pages only (the access-log search): a resident never downloads them. */
export const fi = defineTexts({
  nav: {
    staff: 'Käyttöloki',
  },
  staff: {
    title: 'Käyttöloki',
    intro: 'Hae käyttölokista, kuka on käsitellyt asiakkaan tietoja, milloin ja millä perusteella. Myös tämä haku ja asiakkaiden henkilötietojen näyttäminen kirjataan lokiin.',
  },
  accessLog: {
    search: {
      title: 'Hae merkintöjä',
      client: 'Asiakkaan henkilötunnus',
      clientHint: 'Esimerkiksi 150386-936X',
      actor: 'Ammattilaisen nimi',
      actorHint: 'Osa nimestä riittää',
      from: 'Alkaen',
      to: 'Päättyen',
      action: 'Toimenpide',
      anyAction: 'Kaikki toimenpiteet',
      submit: 'Hae',
      invalidRange: 'Päättymispäivä ei voi olla ennen alkamispäivää.',
      errorsTitle: 'Korjaa hakuehdot',
    },
    results: {
      title: 'Hakutulokset',
      caption: 'Käyttölokin merkinnät, uusimmat ensin',
      empty: 'Hakuehdoilla ei löytynyt merkintöjä.',
      client: 'Asiakas',
      unit: 'Yksikkö',
      object: 'Kohde',
      request: 'Pyynnön tunniste',
      unknownClient: 'Tuntematon henkilö',
    },
    export: {
      title: 'Tietopyyntö',
      intro: 'Vie asiakkaan koko käyttöloki tiedostoon tietopyyntöön vastaamista varten. Vienti kirjataan lokiin.',
      csv: 'Vie CSV-tiedostona',
      json: 'Vie JSON-tiedostona',
      needsClient: 'Hae ensin asiakkaan henkilötunnuksella, niin voit viedä hänen lokinsa.',
      done: 'Tiedosto on ladattu.',
      notFound: 'Henkilötunnuksella ei löytynyt asiakasta.',
      failed: 'Vienti epäonnistui. Yritä hetken kuluttua uudelleen.',
    },
  },
});
