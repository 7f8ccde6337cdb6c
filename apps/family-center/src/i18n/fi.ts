import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: {
    familyCenter: 'Perhekeskus',
    askForHelp: 'Pyydä apua',
    myRequests: 'Omat avunpyynnöt',
  },
  articles: {
    title: 'Perhekeskus',
    intro: 'Luotettavaa tietoa lapsiperheen arkeen raskausajasta nuoruuteen.',
    listTitle: 'Artikkelit',
    empty: 'Artikkeleita ei ole vielä julkaistu.',
    filters: 'Rajaa artikkeleita',
    search: 'Hae artikkeleista',
    searchHint: 'Esimerkiksi uni, kiukku tai ero',
    searchButton: 'Hae',
    lifeStage: 'Ikävaihe',
    topic: 'Aihe',
    all: 'Kaikki',
    clear: 'Näytä kaikki artikkelit',
    count_one: '{{count}} artikkeli',
    count_other: '{{count}} artikkelia',
    noMatches: 'Hakuehdoilla ei löytynyt artikkeleita. Kokeile toista sanaa tai poista rajauksia.',
    services: 'Perheiden palvelut kotikunnassasi',
  },
  help: {
    cta: 'Tarvitsetko apua? Voit kysyä perhekeskuksen ammattilaiselta, myös nimettömänä.',
    ctaLink: 'Pyydä apua',
    title: 'Pyydä apua',
  },
  reply: {
    title: 'Lue vastaus koodilla',
  },
  mine: {
    title: 'Omat avunpyynnöt',
  },
  services: {
    title: 'Perheiden palvelut',
  },
});
