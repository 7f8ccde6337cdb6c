import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { unitAgreements: 'Agreements' },
  unitAgreements: {
    title: 'Agreements',
    intro: 'Current agreements and those being prepared in your units. Those that end first are at the top.',
    caption: 'Agreements of your units, the earliest ending first',
    carer: 'Carer',
    type: 'Agreement',
    status: 'Status',
    validTo: 'Valid until',
    unit: 'Unit',
    untilFurtherNotice: 'Until further notice',
    endingSoon: 'Ends within {{days}} days',
    endingSoonSummary_one: '{{count}} agreement ends within {{days}} days. Agree on what follows in good time.',
    endingSoonSummary_other: '{{count}} agreements end within {{days}} days. Agree on what follows in good time.',
    empty: 'Your units have no current agreements.',
  },
};
