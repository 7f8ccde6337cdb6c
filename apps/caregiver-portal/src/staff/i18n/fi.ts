import { defineTexts } from '@luotsi/i18n';

/** Texts of the staff pages only: a resident never downloads them (see module.ts). */
export const fi = defineTexts({
  nav: { unitAgreements: 'Sopimukset' },
  unitAgreements: {
    title: 'Sopimukset',
    intro: 'Yksiköidesi voimassa olevat ja valmisteilla olevat sopimukset. Ensimmäisenä ne, jotka päättyvät ensin.',
    caption: 'Yksiköiden sopimukset, aikaisimmin päättyvät ensin',
    carer: 'Palkkionsaaja',
    type: 'Sopimus',
    status: 'Tila',
    validTo: 'Voimassa asti',
    unit: 'Yksikkö',
    untilFurtherNotice: 'Toistaiseksi',
    endingSoon: 'Päättyy {{days}} päivän kuluessa',
    endingSoonSummary_one: '{{count}} sopimus päättyy {{days}} päivän kuluessa. Sovi jatkosta ajoissa.',
    endingSoonSummary_other: '{{count}} sopimusta päättyy {{days}} päivän kuluessa. Sovi jatkosta ajoissa.',
    empty: 'Yksiköissäsi ei ole voimassa olevia sopimuksia.',
  },
});
