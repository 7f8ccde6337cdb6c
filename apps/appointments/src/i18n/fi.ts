import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { myAppointments: 'Omat ajat' },
});
