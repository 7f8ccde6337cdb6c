import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: {
    resident: 'Messages',
  },
  resident: {
    title: 'Messages',
    intro: 'På den här sidan berättar vi om tjänsten och hur du använder den.',
  },
};
