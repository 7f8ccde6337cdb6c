import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { staff: 'Messages' },
  staff: {
    title: 'Messages',
    intro: 'På den här sidan sköter du tjänstens arbetsuppgifter.',
  },
};
