import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { services: 'Palvelutarjotin' },
  municipality: { label: 'Kunta', all: 'Kaikki kunnat' },
  providerType: {
    county: 'Hyvinvointialue',
    municipality: 'Kunta',
    ngo: 'Järjestö',
    parish: 'Seurakunta',
    company: 'Yritys',
    other: 'Muu',
  },
  services: {
    title: 'Palvelutarjotin',
    intro: 'Hyvinvointialueen, kuntien, järjestöjen, seurakuntien ja yritysten palveluja samassa paikassa. Valitse kunta, niin näet sen palvelut.',
    listTitle: 'Palvelut',
    count_one: '{{count}} palvelu',
    count_other: '{{count}} palvelua',
    providedBy: 'Tuottaja:',
    empty: 'Valitussa kunnassa ei ole palveluja.',
  },
  error: 'Tietoja ei voitu hakea. Yritä hetken kuluttua uudelleen.',
});
