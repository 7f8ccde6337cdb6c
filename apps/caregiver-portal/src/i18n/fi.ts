import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { myAgreements: 'Omat sopimukset' },
  agreementType: {
    INFORMAL_CARE: 'Omaishoidon tuki',
    FAMILY_CARE: 'Perhehoito',
    EXPERIENCE_EXPERT: 'Kokemusasiantuntija',
    SUPPORT_PERSON: 'Tukihenkilö',
    SUBSTITUTE_CARE: 'Sijaishoito',
  },
  status: {
    DRAFT: 'Luonnos',
    SENT: 'Odottaa allekirjoitusta',
    SIGNED: 'Allekirjoitettu',
    ACTIVE: 'Voimassa',
    ENDED: 'Päättynyt',
  },
  myAgreements: {
    title: 'Omat sopimukset',
    intro: 'Tässä näet sopimuksesi hyvinvointialueen kanssa. Jos jokin tieto on väärin, ota yhteyttä yksikköön, joka hoitaa sopimusta.',
    empty: 'Sinulla ei ole sopimuksia.',
    caredPerson: 'Hoidettava',
    validity: 'Voimassa',
    validFrom: '{{date}} alkaen',
    fee: 'Hoitopalkkio',
    feePerMonth: '{{amount}} kuukaudessa',
    noMonthlyFee: 'Ei kuukausipalkkiota',
    daysOff: 'Vapaapäivät',
    daysOffPerMonth_one: '{{count}} päivä kuukaudessa',
    daysOffPerMonth_other: '{{count}} päivää kuukaudessa',
    status: 'Tila',
    unit: 'Yksikkö',
    serviceArea: 'Palvelualue',
  },
});
