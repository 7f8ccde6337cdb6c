import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { insights: 'Insights' },
  dashboard: {
    title: 'Insights',
    intro: 'Monthly indicators of service use, {{period}}.',
    area: 'Service area',
    wholeCounty: 'Whole wellbeing services county',
    showing: 'Showing: {{area}}',
    empty: 'No indicators have been defined yet.',
  },
  indicator: {
    chartLabel: 'Bar chart: {{indicator}} by month, {{area}}, {{period}}.',
    summary: 'Highest {{max}} ({{maxMonth}}), lowest {{min}} ({{minMonth}}), latest {{last}} ({{lastMonth}}).',
    summaryHidden_one: 'The figure for {{count}} month is hidden for privacy.',
    summaryHidden_other: 'The figures for {{count}} months are hidden for privacy.',
    summaryNone: 'There are no figures to show for this period.',
    tableHint: 'The exact figures are in the table.',
    caption: '{{indicator}} by month, {{area}}',
    month: 'Month',
    value: 'Number',
    belowThreshold: '< {{threshold}}',
    belowThresholdSpoken: 'fewer than {{threshold}}',
    complementary: 'protected',
    noData: 'no data',
    noteBelowThreshold: '< {{threshold}}: numbers below {{threshold}} are not shown, so that no individual resident can be identified.',
    noteComplementary: 'Protected: the figure is hidden so that a small number cannot be worked out from the other figures and the total for the whole area.',
  },
};
