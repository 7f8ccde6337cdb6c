import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { myAppointments: 'Omat ajat', firstContactTimes: 'Vapaat ensikontaktiajat' },
  service: {
    FAMILY_HOME_HELP: 'Lapsiperheiden kotipalvelu',
    FAMILY_COUNSELLING: 'Perheneuvola',
    YOUTH_SERVICES: 'Nuorten palvelut',
    DISABILITY_SERVICES: 'Vammaispalvelut',
  },
  myAppointments: {
    title: 'Omat ajat',
    intro: 'Tässä ovat tulevat aikasi hyvinvointialueen palveluissa. Jos et pääse paikalle, ilmoita siitä yksikköön mahdollisimman pian.',
    listTitle: 'Tulevat ajat',
    empty: 'Sinulla ei ole tulevia aikoja.',
    time: 'Aika',
    unit: 'Yksikkö',
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
  error: 'Tietoja ei voitu hakea. Yritä hetken kuluttua uudelleen.',
});
