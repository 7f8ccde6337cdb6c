import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { familyCenter: 'Perhekeskus' },
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
});
