import { defineTexts } from '@luotsi/i18n';

/** Texts of the staff pages only: a resident never downloads them (see module.ts). */
export const fi = defineTexts({
  nav: { catalogue: 'Palvelutarjottimen sisällöt' },
  catalogue: {
    title: 'Palvelutarjottimen sisällöt',
    intro: 'Yhteenveto palveluista, jotka näkyvät asukkaille. Tiedot tulevat palvelutietovarannosta (PTV).',
    total_one: 'Yhteensä {{count}} palvelu',
    total_other: 'Yhteensä {{count}} palvelua',
    byProviderType: 'Palvelut tuottajan tyypin mukaan',
    byOrganization: 'Palvelut organisaatioittain',
    listTitle: 'Palveluluettelo',
    service: 'Palvelu',
    organization: 'Organisaatio',
    providerType: 'Tuottajan tyyppi',
    count: 'Palveluja',
    languages: 'Kielet',
    empty: 'Ei palveluja.',
  },
  language: { fi: 'suomi', sv: 'ruotsi', en: 'englanti' },
});
