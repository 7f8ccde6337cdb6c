import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { myAgreements: 'Mina avtal' },
  agreementType: {
    INFORMAL_CARE: 'Stöd för närståendevård',
    FAMILY_CARE: 'Familjevård',
    EXPERIENCE_EXPERT: 'Erfarenhetsexpert',
    SUPPORT_PERSON: 'Stödperson',
    SUBSTITUTE_CARE: 'Avlösarvård',
  },
  status: {
    DRAFT: 'Utkast',
    SENT: 'Väntar på underskrift',
    SIGNED: 'Undertecknat',
    ACTIVE: 'I kraft',
    ENDED: 'Upphört',
  },
  myAgreements: {
    title: 'Mina avtal',
    intro: 'Här ser du dina avtal med välfärdsområdet. Om någon uppgift är fel, kontakta den enhet som sköter avtalet.',
    empty: 'Du har inga avtal.',
    caredPerson: 'Vårdtagare',
    validity: 'Giltigt',
    validFrom: 'från och med {{date}}',
    fee: 'Vårdarvode',
    feePerMonth: '{{amount}} per månad',
    noMonthlyFee: 'Inget månadsarvode',
    daysOff: 'Lediga dagar',
    daysOffPerMonth_one: '{{count}} dag per månad',
    daysOffPerMonth_other: '{{count}} dagar per månad',
    status: 'Status',
    unit: 'Enhet',
    serviceArea: 'Serviceområde',
  },
};
