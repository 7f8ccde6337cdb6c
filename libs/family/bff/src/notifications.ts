import { defineNotification } from '@luotsi/bff-core';

const subjects = {
  fi: 'Vastaus avunpyyntöösi',
  sv: 'Svar på din begäran om hjälp',
  en: 'A reply to your request for help',
} as const;

const footers = {
  fi: 'Perhekeskuksen ammattilainen vastasi pyyntöösi. Jos tarvitset lisää apua, voit lähettää uuden pyynnön perhekeskuksen sivulla.',
  sv: 'En yrkesperson på familjecentret svarade på din begäran. Om du behöver mer hjälp kan du skicka en ny begäran på familjecentrets sida.',
  en: 'A professional at the family centre replied to your request. If you need more help, you can send a new request on the family centre page.',
} as const;

/**
 * A professional replied to a named "ask for help" request. Sensitive: the reply is about the
 * family's situation, so it is only in the portal; e-mail and SMS say there is a new message.
 */
export const helpRequestAnswered = defineNotification<{ helpRequestId: string; reply: string }>({
  type: 'family.help-request-answered',
  description: 'A professional replied to a resident’s “ask for help” request (named requests only).',
  channels: ['portal', 'email'],
  sensitive: true,
  sample: { helpRequestId: '00000000-0000-4000-8000-000000000000', reply: 'Hei! Kiitos viestistäsi. Soitamme sinulle huomenna aamupäivällä.' },
  portal: (data, language) => ({
    subject: subjects[language],
    body: `${data.reply}\n\n${footers[language]}`,
    link: 'family-center',
  }),
});
