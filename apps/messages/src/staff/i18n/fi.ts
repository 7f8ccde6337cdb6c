import { defineTexts } from '@luotsi/i18n';

/**
 * Texts of the staff pages only, in Finnish: a separate chunk, so a resident never downloads
 * them (module.ts loads them for the staff area). sv.ts and en.ts must match key for key.
 */
export const fi = defineTexts({
  nav: { staff: 'Ilmoitukset' },
  staff: {
    title: 'Ilmoitusten toimitus',
    intro: 'Epäonnistuneet ja vielä odottavat ilmoitukset (sähköposti, tekstiviesti, viesti asiointipalveluun). Vastaanottajaa tai sisältöä ei näytetä. Epäonnistunut ilmoitus lähetetään uudelleen alusta; peruttua ei lähetetä.',
  },
  deliveries: {
    caption: 'Epäonnistuneet ja odottavat ilmoitukset, vanhin ensin',
    empty: 'Ei epäonnistuneita eikä odottavia ilmoituksia.',
    columns: { type: 'Ilmoituksen tyyppi', channel: 'Kanava', status: 'Tila', created: 'Luotu', attempts: 'Yrityksiä', next: 'Seuraava yritys', error: 'Viimeisin virhe', actions: 'Toiminnot' },
    channels: { portal: 'Asiointipalvelu', email: 'Sähköposti', sms: 'Tekstiviesti' },
    statuses: { pending: 'Odottaa', delivered: 'Toimitettu', failed: 'Epäonnistui', cancelled: 'Peruttu' },
    retry: 'Yritä uudelleen',
    cancel: 'Peru',
    retryLabel: 'Yritä uudelleen: {{type}}, {{channel}}',
    cancelLabel: 'Peru: {{type}}, {{channel}}',
    done: { retried: 'Ilmoitus lähetetään uudelleen.', cancelled: 'Ilmoitus peruttiin.', unchanged: 'Ilmoituksen tila oli jo muuttunut; lista päivitettiin.' },
  },
  templates: {
    nav: 'Ilmoituspohjat',
    title: 'Ilmoituspohjat',
    intro: 'Jokainen ilmoituspohja jokaisella kielellä ja kanavalla esimerkkitiedoilla, kuten vastaanottaja sen näkisi.',
    empty: 'Ei ilmoituspohjia.',
    sensitive: 'Arkaluonteinen: sähköposti ja tekstiviesti kertovat vain, että asiointipalvelussa on uusi viesti. Sisältö on vain asiointipalvelussa.',
    languages: 'Kielet: {{type}}',
    language: { fi: 'Suomi', sv: 'Ruotsi', en: 'Englanti' },
    subject: 'Aihe',
    attachments: 'Liitteet',
  },
  jobs: {
    nav: 'Taustatyöt',
    title: 'Taustatyöt',
    intro: 'Portaalin ajastetut ja jonotetut taustatyöt: viimeisimmät ajot ja epäonnistumiset. Virheilmoituksissa ei ole henkilötietoja; tarkemmat tiedot ovat palvelimen lokissa työn tunnisteella.',
    onlyFailed: 'Näytä vain epäonnistuneet',
    caption: 'Viimeisimmät ajot, uusin ensin',
    failedCaption: 'Epäonnistuneet ajot, uusin ensin',
    empty: 'Ei ajoja.',
    noFailures: 'Ei epäonnistuneita ajoja.',
    columns: { name: 'Työ', state: 'Tila', created: 'Jonoon', started: 'Alkoi', completed: 'Päättyi', attempts: 'Yrityksiä', error: 'Virhe' },
    states: { created: 'Odottaa', retry: 'Odottaa uutta yritystä', active: 'Käynnissä', completed: 'Valmis', cancelled: 'Peruttu', failed: 'Epäonnistui' },
  },
});
