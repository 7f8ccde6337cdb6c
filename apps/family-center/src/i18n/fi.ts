import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { familyCenter: 'Perhekeskus', helpRequests: 'Pyydä apua -viestit' },
  articles: {
    title: 'Perhekeskus',
    intro: 'Luotettavaa tietoa lapsiperheen arkeen raskausajasta nuoruuteen.',
    listTitle: 'Artikkelit',
    empty: 'Artikkeleita ei ole vielä julkaistu.',
    lifeStage: {
      expecting: 'Odotusaika',
      baby: 'Vauva',
      toddler: 'Taapero',
      'under-school-age': 'Leikki-ikäinen',
      'school-age': 'Kouluikäinen',
      teen: 'Nuori',
    },
  },
  helpRequests: {
    title: 'Pyydä apua -viestit',
    intro: 'Vastaa viesteihin kolmen arkipäivän kuluessa.',
    caption: 'Avoimet yhteydenotot, kiireellisin ensin',
    topic: 'Aihe',
    received: 'Saapunut',
    due: 'Vastattava viimeistään',
    contact: 'Yhteystapa',
    empty: 'Ei avoimia viestejä.',
    topics: { sleep: 'Uni', relationships: 'Ihmissuhteet', money: 'Raha-asiat', emotions: 'Tunteet', other: 'Muu asia' },
    contactMethod: { phone: 'Puhelin', email: 'Sähköposti', portal: 'Asiointipalvelu', anonymous: 'Nimetön' },
  },
  error: 'Tietoja ei voitu hakea. Yritä hetken kuluttua uudelleen.',
});
