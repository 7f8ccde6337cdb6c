import { defineTexts } from '@luotsi/i18n';

/** Texts of the "my contact requests" page only. */
export const fi = defineTexts({
  myRequests: {
    intro: 'Tässä ovat oirearvion jälkeen lähettämäsi yhteydenottopyynnöt ja niiden tila.',
    empty: 'Et ole lähettänyt yhteydenottopyyntöjä.',
    sent: 'Lähetetty {{date}}',
    unit: 'Vastaanottaja: {{unit}}',
    status: { new: 'Odottaa käsittelyä', 'in-progress': 'Käsittelyssä', handled: 'Käsitelty' },
    statusLabel: 'Tila',
    reply: 'Vastaus',
    noReply: 'Ei vielä vastausta.',
  },
});
