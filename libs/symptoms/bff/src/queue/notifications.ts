import { defineNotification } from '@luotsi/bff-core';

const subjects = {
  fi: 'Vastaus yhteydenottopyyntöösi',
  sv: 'Svar på din kontaktbegäran',
  en: 'A reply to your contact request',
} as const;

const footers = {
  fi: 'Terveysaseman ammattilainen vastasi oirearviosi perusteella lähettämääsi pyyntöön. Näet vastauksen myös Oirearvio-palvelun kohdassa Omat pyynnöt. Jos vointisi huononee, soita 116 117 tai hätätilanteessa 112.',
  sv: 'En yrkesperson på hälsostationen svarade på begäran du skickade efter din symtombedömning. Du ser svaret också under Mina begäranden i symtombedömningen. Om du mår sämre, ring 116 117 eller 112 i nödsituationer.',
  en: 'A professional at the health centre replied to the request you sent after your symptom check. You can also see the reply under My requests in the symptom check. If you feel worse, call 116 117, or 112 in an emergency.',
} as const;

/**
 * A professional answered a symptom contact request. Sensitive (health): the text is only in the
 * portal; e-mail says there is a new message.
 */
export const symptomContactRequestAnswered = defineNotification<{ contactRequestId: string; reply: string }>({
  type: 'symptoms.contact-request-answered',
  description: 'A professional answered a resident’s symptom contact request.',
  channels: ['portal', 'email'],
  sensitive: true,
  sample: { contactRequestId: '00000000-0000-4000-8000-000000000000', reply: 'Hei! Soitan sinulle tänään kello 14 mennessä.' },
  portal: (data, language) => ({
    subject: subjects[language],
    body: `${data.reply}\n\n${footers[language]}`,
    link: 'symptom-check/my-requests',
  }),
});
