import { defineTexts } from '@luotsi/i18n';

/** Texts of the staff pages only: a resident never downloads them (see module.ts). */
export const fi = defineTexts({
  nav: { helpRequests: 'Pyydä apua -viestit' },
  helpRequests: {
    title: 'Pyydä apua -viestit',
    intro: 'Vastaa viesteihin kolmen arkipäivän kuluessa.',
    caption: 'Avoimet yhteydenotot, kiireellisin ensin',
    topic: 'Aihe',
    received: 'Saapunut',
    due: 'Vastattava viimeistään',
    contact: 'Yhteystapa',
    empty: 'Ei avoimia viestejä.',
    topics: { sleep: 'Uni', relationships: 'Ihmissuhteet', money: 'Raha-asiat', emotions: 'Tunteet', other: 'Muu asia' },
    status: 'Tila',
    statuses: { new: 'Uusi', answered: 'Vastattu' },
    reply: {
      column: 'Vastaus',
      button: 'Vastaa',
      open: 'Vastaa viestiin: {{topic}}, saapunut {{received}}',
      title: 'Vastaa: {{topic}}',
      request: 'Lähettäjän viesti',
      namedNote: 'Lähettäjä saa vastauksesi viestinä asiointipalveluun ja sähköpostin, jossa kerrotaan uudesta viestistä. Sähköpostissa ei ole vastauksesi sisältöä.',
      anonymousNote: 'Viesti on nimetön: lähettäjä lukee vastauksen vastauskoodillaan.',
      label: 'Vastauksesi',
      send: 'Lähetä vastaus',
      cancel: 'Peruuta',
      sent: 'Vastaus lähetetty. Lähettäjä saa sen viestinä asiointipalveluun.',
      sentAnonymous: 'Vastaus tallennettu. Nimetön lähettäjä lukee sen vastauskoodillaan.',
      gone: 'Viestiä ei enää löydy yksikkösi jonosta. Vastausta ei lähetetty.',
    },
    contactMethod: { phone: 'Puhelin', email: 'Sähköposti', portal: 'Asiointipalvelu', anonymous: 'Nimetön' },
  },
});
