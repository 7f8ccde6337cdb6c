import { defineTexts } from '@luotsi/i18n';

/** Texts of the resident's service page (loaded with that page only). */
export const fi = defineTexts({
  servicePage: {
    back: 'Takaisin palveluhakuun',
    notFound: 'Palvelua ei löytynyt. Se on ehkä poistunut palvelutietovarannosta. Hae palvelua uudelleen.',
    free: 'Maksuton',
    charged: 'Maksullinen',
    howToUse: 'Näin asioit',
    channels: 'Asiointikanavat',
    noChannels: 'Palvelulle ei ole kerrottu asiointikanavia.',
    address: 'Käyntiosoite',
    map: 'Näytä kartalla (OpenStreetMap)',
    openNow: 'Avoinna nyt',
    closedNow: 'Suljettu nyt',
    openingHours: 'Aukioloajat',
    alwaysOpen: 'Avoinna aina',
    closed: 'Suljettu',
    period: '{{from}}–{{to}}',
    exceptional: 'Poikkeusaukiolo {{date}}',
    phones: 'Puhelin',
    email: 'Sähköposti',
    web: 'Verkossa',
    accessibility: 'Esteettömyys',
  },
});
