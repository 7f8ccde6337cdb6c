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
    contactMethod: { phone: 'Puhelin', email: 'Sähköposti', portal: 'Asiointipalvelu', anonymous: 'Nimetön' },
  },
});
