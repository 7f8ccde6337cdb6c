import { defineTexts } from '@luotsi/i18n';

/** Texts of the statistics page (a separate chunk, loaded with the page). */
export const fi = defineTexts({
  statistics: {
    title: 'Kalenteritilastot',
    intro: 'Kalenterimerkintöjen määrät ja tunnit merkintätyypeittäin, palveluittain ja kuukausittain (alkamisaika Suomen aikaa) sekä asiakasneuvonnasta suoraan varattujen ensikontaktien osuus. Vapaita, varaamattomia aikoja ei lasketa.',
    filter: 'Aikaväli',
    from: 'Alkukuukausi',
    to: 'Loppukuukausi',
    show: 'Näytä',
    toBeforeFrom: 'Loppukuukausi ei voi olla ennen alkukuukautta.',
    summary:
      'Aikaväli {{period}}: kalenterimerkintöjä {{entries}}, yhteensä {{hours}} h. Varattuja ensikontakteja {{booked}}, joista asiakasneuvonnasta suoraan {{fromAdvice}} ({{share}}).',
    summaryNoBookings: 'Aikaväli {{period}}: kalenterimerkintöjä {{entries}}, yhteensä {{hours}} h. Ensikontakteja ei varattu.',
    byTypeCaption: 'Merkinnät tyypeittäin ja kuukausittain: määrä ja tunnit',
    byServiceCaption: 'Merkinnät palveluittain ja kuukausittain: määrä ja tunnit',
    entryType: 'Merkintätyyppi',
    service: 'Palvelu',
    total: 'Yhteensä',
    cell: '{{entries}} ({{hours}} h)',
    noEntries: 'Aikavälillä ei ole merkintöjä.',
    shareCaption: 'Asiakasneuvonnasta suoraan varattujen ensikontaktien osuus kuukausittain',
    shareValue: '{{share}} ({{fromAdvice}}/{{booked}})',
    noBookings: 'ei varauksia',
    services: {
      'health-centre': 'Terveysasema',
      'family-services': 'Varhaisen tuen perhetyö',
      'social-advice': 'Sosiaalihuollon asiakasneuvonta',
      caregiving: 'Omaishoidon tuki',
      'home-help': 'Lapsiperheiden kotipalvelu',
      'family-counselling': 'Perheneuvola',
      'youth-services': 'Nuorten palvelut',
      'disability-services': 'Vammaispalvelut',
    },
  },
});
