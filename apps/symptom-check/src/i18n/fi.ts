import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { assessments: 'Oirearvio', myRequests: 'Omat yhteydenottopyynnöt' },
  assessments: {
    title: 'Oirearvio',
    intro: 'Vastaa kysymyksiin oireistasi tai voinnistasi. Saat ohjeen siitä, mitä tehdä ja kuinka pian. Voit myös pyytää, että sinuun otetaan yhteyttä.',
    notDiagnosis: 'Oirearvio ei ole diagnoosi. Se auttaa sinua löytämään oikean avun.',
    emergency: {
      title: 'Hätätilanteessa soita heti 112',
      body: 'Soita hätänumeroon 112, jos henki tai terveys on välittömässä vaarassa. Älä silloin tee oirearviota.',
      call112: 'Soita 112',
      helpline: 'Kiireellisissä asioissa saat neuvoa Päivystysavusta.',
      callHelpline: 'Soita Päivystysapuun 116 117',
    },
    minutes_one: 'Noin {{count}} minuutti',
    minutes_other: 'Noin {{count}} minuuttia',
    empty: 'Arvioita ei ole nyt saatavilla.',
    myRequests: 'Katso lähettämäsi yhteydenottopyynnöt',
    category: {
      infection: 'Infektio-oireet',
      musculoskeletal: 'Tuki- ja liikuntaelinten oireet',
      'mental-health': 'Mieliala ja jaksaminen',
      'substance-use': 'Alkoholi ja päihteet',
      other: 'Muut arviot',
    },
  },
});
