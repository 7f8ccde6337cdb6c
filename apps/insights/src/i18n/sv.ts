import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: { insights: 'Kunskapsledning' },
  dashboard: {
    title: 'Kunskapsledning',
    intro: 'Nyckeltal för användningen av tjänsterna per månad, {{period}}.',
    area: 'Serviceområde',
    wholeCounty: 'Hela välfärdsområdet',
    showing: 'Visas: {{area}}',
    empty: 'Inga nyckeltal har definierats ännu.',
  },
  indicator: {
    chartLabel: 'Stapeldiagram: {{indicator}} per månad, {{area}}, {{period}}.',
    summary: 'Högst {{max}} ({{maxMonth}}), lägst {{min}} ({{minMonth}}), senast {{last}} ({{lastMonth}}).',
    summaryHidden_one: 'Siffran för {{count}} månad har dolts av integritetsskäl.',
    summaryHidden_other: 'Siffrorna för {{count}} månader har dolts av integritetsskäl.',
    summaryNone: 'Det finns inga siffror att visa för perioden.',
    tableHint: 'De exakta siffrorna finns i tabellen.',
    caption: '{{indicator}} per månad, {{area}}',
    month: 'Månad',
    value: 'Antal',
    belowThreshold: '< {{threshold}}',
    belowThresholdSpoken: 'färre än {{threshold}}',
    complementary: 'skyddad',
    noData: 'inga uppgifter',
    noteBelowThreshold: '< {{threshold}}: antal under {{threshold}} visas inte, så att ingen enskild invånare kan identifieras.',
    noteComplementary: 'Skyddad: siffran har dolts så att ett litet antal inte kan räknas ut från de andra siffrorna och summan för hela området.',
  },
};
