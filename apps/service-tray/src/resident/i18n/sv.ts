import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  servicePage: {
    back: 'Tillbaka till tjänstesökningen',
    notFound: 'Tjänsten hittades inte. Den kan ha tagits bort ur servicedatalagret. Sök tjänsten på nytt.',
    free: 'Avgiftsfri',
    charged: 'Avgiftsbelagd',
    howToUse: 'Så här använder du tjänsten',
    channels: 'Kontaktkanaler',
    noChannels: 'Inga kontaktkanaler har angetts för tjänsten.',
    address: 'Besöksadress',
    map: 'Visa på kartan (OpenStreetMap)',
    openNow: 'Öppet nu',
    closedNow: 'Stängt nu',
    openingHours: 'Öppettider',
    alwaysOpen: 'Alltid öppet',
    closed: 'Stängt',
    period: '{{from}}–{{to}}',
    exceptional: 'Avvikande öppettider {{date}}',
    phones: 'Telefon',
    email: 'E-post',
    web: 'På webben',
    accessibility: 'Tillgänglighet',
  },
};
