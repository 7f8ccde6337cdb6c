import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  statistics: {
    title: 'Kalenderstatistik',
    intro: 'Antal kalenderanteckningar och timmar per anteckningstyp, tjänst och månad (starttid enligt finsk tid) samt andelen första kontakter som bokats direkt av klientrådgivningen. Lediga tider som inte bokats räknas inte.',
    filter: 'Tidsperiod',
    from: 'Första månad',
    to: 'Sista månad',
    show: 'Visa',
    toBeforeFrom: 'Den sista månaden kan inte vara före den första.',
    summary:
      'Period {{period}}: kalenderanteckningar {{entries}}, sammanlagt {{hours}} h. Bokade första kontakter {{booked}}, varav direkt av klientrådgivningen {{fromAdvice}} ({{share}}).',
    summaryNoBookings: 'Period {{period}}: kalenderanteckningar {{entries}}, sammanlagt {{hours}} h. Inga första kontakter bokades.',
    byTypeCaption: 'Anteckningar per typ och månad: antal och timmar',
    byServiceCaption: 'Anteckningar per tjänst och månad: antal och timmar',
    entryType: 'Anteckningstyp',
    service: 'Tjänst',
    total: 'Totalt',
    cell: '{{entries}} ({{hours}} h)',
    noEntries: 'Det finns inga anteckningar under perioden.',
    shareCaption: 'Andelen första kontakter som bokats direkt av klientrådgivningen per månad',
    shareValue: '{{share}} ({{fromAdvice}}/{{booked}})',
    noBookings: 'inga bokningar',
    services: {
      'health-centre': 'Hälsostation',
      'family-services': 'Familjearbete inom tidigt stöd',
      'social-advice': 'Socialvårdens klientrådgivning',
      caregiving: 'Stöd för närståendevård',
      'home-help': 'Hemservice för barnfamiljer',
      'family-counselling': 'Familjerådgivning',
      'youth-services': 'Ungdomstjänster',
      'disability-services': 'Handikappservice',
    },
  },
};
