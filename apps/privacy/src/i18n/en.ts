import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: {
    resident: 'Privacy',
  },
  resident: {
    title: 'Privacy and your data',
    intro: 'Here you can see what data is stored about you and who has handled it, and download or delete your data.',
  },
  myData: {
    nav: 'My data',
    title: 'My data',
    intro: 'You can download all the data Luotsi has stored about you and delete the data you gave voluntarily.',
  },
  accessLog: {
    nav: 'Who has viewed my data',
    title: 'Who has viewed my data',
    summary: 'See which professionals have viewed or handled your data and your under-15 children’s, when and why.',
  },
};
