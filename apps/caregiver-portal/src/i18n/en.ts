import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { myAgreements: 'My agreements' },
  agreementType: {
    INFORMAL_CARE: 'Informal care support',
    FAMILY_CARE: 'Family care',
    EXPERIENCE_EXPERT: 'Experience expert',
    SUPPORT_PERSON: 'Support person',
    SUBSTITUTE_CARE: 'Substitute care',
  },
  status: {
    DRAFT: 'Draft',
    SENT: 'Waiting for signature',
    SIGNED: 'Signed',
    ACTIVE: 'In force',
    ENDED: 'Ended',
  },
  myAgreements: {
    title: 'My agreements',
    intro: 'Here you can see your agreements with the wellbeing services county. If something is wrong, contact the unit that handles the agreement.',
    empty: 'You have no agreements.',
    caredPerson: 'Cared person',
    validity: 'Valid',
    validFrom: 'from {{date}}',
    fee: 'Care fee',
    feePerMonth: '{{amount}} a month',
    noMonthlyFee: 'No monthly fee',
    daysOff: 'Days off',
    daysOffPerMonth_one: '{{count}} day a month',
    daysOffPerMonth_other: '{{count}} days a month',
    status: 'Status',
    unit: 'Unit',
    serviceArea: 'Service area',
  },
};
