import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  statistics: {
    title: 'Calendar statistics',
    intro: 'Numbers and hours of calendar entries by entry type, service and month (start time in Finnish time), and the share of first contacts booked directly by social-services advice. Free times nobody has booked are not counted.',
    filter: 'Period',
    from: 'First month',
    to: 'Last month',
    show: 'Show',
    toBeforeFrom: 'The last month cannot be before the first month.',
    summary:
      'Period {{period}}: calendar entries {{entries}}, {{hours}} h in all. First contacts booked {{booked}}, directly by social-services advice {{fromAdvice}} ({{share}}).',
    summaryNoBookings: 'Period {{period}}: calendar entries {{entries}}, {{hours}} h in all. No first contacts were booked.',
    byTypeCaption: 'Entries by type and month: number and hours',
    byServiceCaption: 'Entries by service and month: number and hours',
    entryType: 'Entry type',
    service: 'Service',
    total: 'Total',
    cell: '{{entries}} ({{hours}} h)',
    noEntries: 'There are no entries in the period.',
    shareCaption: 'Share of first contacts booked directly by social-services advice, by month',
    shareValue: '{{share}} ({{fromAdvice}}/{{booked}})',
    noBookings: 'no bookings',
    services: {
      'health-centre': 'Health centre',
      'family-services': 'Early-support family work',
      'social-advice': 'Social-services advice',
      caregiving: 'Informal care support',
      'home-help': 'Home help for families',
      'family-counselling': 'Family counselling',
      'youth-services': 'Youth services',
      'disability-services': 'Disability services',
    },
  },
};
