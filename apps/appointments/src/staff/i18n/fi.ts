import { defineTexts } from '@luotsi/i18n';

/** Texts of the staff pages only: a resident never downloads them (see module.ts). */
export const fi = defineTexts({
  nav: { calendar: 'Kalenteri', firstContactTimes: 'Vapaat ensikontaktiajat', absences: 'Poissaolot', statistics: 'Kalenteritilastot' },
  service: {
    FAMILY_HOME_HELP: 'Lapsiperheiden kotipalvelu',
    FAMILY_COUNSELLING: 'Perheneuvola',
    YOUTH_SERVICES: 'Nuorten palvelut',
    DISABILITY_SERVICES: 'Vammaispalvelut',
  },
  firstContactTimes: {
    title: 'Vapaat ensikontaktiajat',
    intro: 'Aikaisimmat vapaat ensikontaktiajat palveluissa, joihin asiakasneuvonta varaa asiakkaalle ajan.',
    serviceFilter: 'Palvelu',
    allServices: 'Kaikki palvelut',
    count_one: '{{count}} vapaa aika',
    count_other: '{{count}} vapaata aikaa',
    caption: 'Vapaat ajat, aikaisin ensin',
    time: 'Aika',
    length: 'Kesto',
    service: 'Palvelu',
    unit: 'Yksikkö',
    minutes: '{{count}} min',
    empty: 'Vapaita aikoja ei ole.',
  },
});
