import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  myRequests: {
    intro: 'Här är de kontaktbegäranden du skickat efter en symtombedömning och läget för dem.',
    empty: 'Du har inte skickat några kontaktbegäranden.',
    sent: 'Skickad {{date}}',
    unit: 'Mottagare: {{unit}}',
    status: { new: 'Väntar på behandling', 'in-progress': 'Under behandling', handled: 'Behandlad' },
    statusLabel: 'Status',
    reply: 'Svar',
    noReply: 'Inget svar ännu.',
  },
};
