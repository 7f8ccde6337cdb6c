import { defineTexts } from '@luotsi/i18n';

/**
 * Texts of the staff pages only, in Finnish: a separate chunk, so a resident never downloads
 * them (module.ts loads them for the staff area). sv.ts and en.ts must match key for key.
 */
export const fi = defineTexts({
  nav: { staff: 'Messages' },
  staff: {
    title: 'Messages',
    intro: 'Tällä sivulla hoidat palvelun työtehtävät.',
  },
});
