import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  servicePage: {
    back: 'Back to the service search',
    notFound: 'The service was not found. It may have been removed from the national service catalogue. Search for the service again.',
    free: 'Free of charge',
    charged: 'Charged',
    howToUse: 'How to use the service',
    channels: 'Ways to use the service',
    noChannels: 'No ways to use the service have been given.',
    address: 'Visiting address',
    map: 'Show on map (OpenStreetMap)',
    openNow: 'Open now',
    closedNow: 'Closed now',
    openingHours: 'Opening hours',
    alwaysOpen: 'Always open',
    closed: 'Closed',
    period: '{{from}}–{{to}}',
    exceptional: 'Exceptional opening hours {{date}}',
    phones: 'Phone',
    email: 'E-mail',
    web: 'Online',
    accessibility: 'Accessibility',
  },
};
