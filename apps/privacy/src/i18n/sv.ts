import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: {
    resident: 'Privacy',
    staff: 'Privacy',
  },
  resident: {
    title: 'Privacy',
    intro: 'På den här sidan berättar vi om tjänsten och hur du använder den.',
  },
  staff: {
    title: 'Privacy',
    intro: 'På den här sidan sköter du tjänstens arbetsuppgifter.',
  },
  error: 'Uppgifterna kunde inte hämtas. Försök igen om en stund.',
};
