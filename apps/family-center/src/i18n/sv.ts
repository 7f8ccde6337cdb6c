import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const sv: Texts<typeof fi> = {
  nav: {
    familyCenter: 'Familjecenter',
    askForHelp: 'Be om hjälp',
    myRequests: 'Mina hjälpbegäranden',
  },
  articles: {
    title: 'Familjecenter',
    intro: 'Tillförlitlig information för barnfamiljens vardag från graviditeten till tonåren.',
    listTitle: 'Artiklar',
    empty: 'Inga artiklar har publicerats ännu.',
    filters: 'Avgränsa artiklarna',
    search: 'Sök i artiklarna',
    searchHint: 'Till exempel sömn, trots eller skilsmässa',
    searchButton: 'Sök',
    lifeStage: 'Åldersfas',
    topic: 'Ämne',
    all: 'Alla',
    clear: 'Visa alla artiklar',
    count_one: '{{count}} artikel',
    count_other: '{{count}} artiklar',
    noMatches: 'Inga artiklar motsvarade sökningen. Pröva ett annat ord eller ta bort avgränsningar.',
    services: 'Tjänster för familjer i din hemkommun',
  },
  help: {
    cta: 'Behöver du hjälp? Du kan fråga en yrkesperson på familjecentret, också anonymt.',
    ctaLink: 'Be om hjälp',
    title: 'Be om hjälp',
  },
  reply: {
    title: 'Läs svaret med koden',
  },
  mine: {
    title: 'Mina hjälpbegäranden',
  },
  services: {
    title: 'Tjänster för familjer',
  },
};
