import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { unitAgreements: 'Avtal' },
  unitAgreements: {
    title: 'Avtal',
    intro: 'Gällande avtal och avtal under beredning i dina enheter. De som upphör först visas först.',
    caption: 'Enheternas avtal, de som upphör tidigast först',
    carer: 'Arvodestagare',
    type: 'Avtal',
    status: 'Status',
    validTo: 'Giltigt till',
    unit: 'Enhet',
    untilFurtherNotice: 'Tills vidare',
    endingSoon: 'Upphör inom {{days}} dagar',
    endingSoonSummary_one: '{{count}} avtal upphör inom {{days}} dagar. Kom överens om fortsättningen i tid.',
    endingSoonSummary_other: '{{count}} avtal upphör inom {{days}} dagar. Kom överens om fortsättningen i tid.',
    empty: 'Dina enheter har inga gällande avtal.',
  },
};
