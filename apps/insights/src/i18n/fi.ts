import { defineTexts } from '@luotsi/i18n';

export const fi = defineTexts({
  nav: { insights: 'Tietojohtaminen' },
  dashboard: {
    title: 'Tietojohtaminen',
    intro: 'Palvelujen käytön tunnusluvut kuukausittain, {{period}}.',
    area: 'Palvelualue',
    wholeCounty: 'Koko hyvinvointialue',
    showing: 'Näytetään: {{area}}',
    empty: 'Tunnuslukuja ei ole vielä määritelty.',
  },
  indicator: {
    chartLabel: 'Pylväskaavio: {{indicator}} kuukausittain, {{area}}, {{period}}.',
    summary: 'Suurin {{max}} ({{maxMonth}}), pienin {{min}} ({{minMonth}}), viimeisin {{last}} ({{lastMonth}}).',
    summaryHidden_one: '{{count}} kuukauden luku on piilotettu tietosuojan vuoksi.',
    summaryHidden_other: '{{count}} kuukauden luvut on piilotettu tietosuojan vuoksi.',
    summaryNone: 'Tältä ajalta ei ole näytettäviä lukuja.',
    tableHint: 'Tarkat luvut ovat taulukossa.',
    caption: '{{indicator}} kuukausittain, {{area}}',
    month: 'Kuukausi',
    value: 'Määrä',
    belowThreshold: '< {{threshold}}',
    belowThresholdSpoken: 'alle {{threshold}}',
    complementary: 'suojattu',
    noData: 'ei tietoa',
    noteBelowThreshold: '< {{threshold}}: alle {{threshold}} tapahtuman lukuja ei näytetä, jotta yksittäistä asukasta ei voi tunnistaa.',
    noteComplementary: 'Suojattu: luku on piilotettu, jotta pientä lukua ei voi laskea muista luvuista ja koko alueen summasta.',
  },
});
