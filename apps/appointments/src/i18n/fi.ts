import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { myAppointments: 'Omat ajat' },
  myAppointments: {
    title: 'Omat ajat',
    intro: 'Tässä ovat tulevat aikasi hyvinvointialueen palveluissa. Jos et pääse paikalle, ilmoita siitä yksikköön mahdollisimman pian.',
    listTitle: 'Tulevat ajat',
    empty: 'Sinulla ei ole tulevia aikoja.',
    time: 'Aika',
    unit: 'Yksikkö',
  },
});
