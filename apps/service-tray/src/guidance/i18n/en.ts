import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  guidanceView: {
    intro: 'A professional of the wellbeing services county has put together these services for you. Contact the service directly with the contact details below.',
    validUntil: 'The link works until {{date}}.',
    note: 'The professional’s message to you',
    itemNote: 'The professional’s note',
    provider: 'Provided by: {{name}}',
    contacts: 'Contact details',
    phone: 'Phone',
    address: 'Visiting address',
    map: 'Show on a map: {{name}}',
    web: 'Website',
    email: 'E-mail',
    gone: 'This service is no longer in the service tray. Ask the professional which service replaces it.',
    print: 'Print',
    expiredTitle: 'The link has expired',
    expired: 'The link was valid until {{date}}. If you need the recommendations again, contact the professional you saw, or search for services in the service tray.',
    notFoundTitle: 'The link was not found',
    notFound: 'Check that you copied the whole link. You can also search for services in the service tray.',
    search: 'Go to the service tray',
  },
};
