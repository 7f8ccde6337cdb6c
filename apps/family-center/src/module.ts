import { contractVersion, defineModule } from '@luotsi/shell-contract';
import { lazyTexts } from '@luotsi/i18n/lazy-texts';

const handlers = ['family-worker', 'social-advisor'] as const;
const statisticsReaders = ['manager', 'team-lead'] as const;

/**
 * Family center (perhekeskus / familjecenter): articles, family services and "ask for help" for
 * residents; the help-request queue and statistics for professionals.
 */
export default defineModule({
  contractVersion,
  id: 'family-center',
  areas: {
    resident: {
      basePath: 'family-center',
      routes: [
        { path: '', load: () => import('./resident/ArticlesPage'), titleKey: 'articles.title', access: { kind: 'public' } },
        { path: 'articles/:slug', load: () => import('./resident/ArticlePage'), titleKey: 'articles.title', access: { kind: 'public' }, texts: 'pages' },
        { path: 'services', load: () => import('./resident/FamilyServicesPage'), titleKey: 'services.title', access: { kind: 'public' }, texts: 'pages' },
        { path: 'ask-for-help', load: () => import('./resident/AskForHelpPage'), titleKey: 'help.title', access: { kind: 'public' }, texts: 'pages' },
        { path: 'reply', load: () => import('./resident/ReplyPage'), titleKey: 'reply.title', access: { kind: 'public' }, texts: 'pages' },
        { path: 'my-requests', load: () => import('./resident/MyRequestsPage'), titleKey: 'mine.title', access: { kind: 'signed-in' }, texts: 'pages' },
      ],
      nav: [
        { path: '', labelKey: 'nav.familyCenter', access: { kind: 'public' } },
        { path: 'ask-for-help', labelKey: 'nav.askForHelp', access: { kind: 'public' } },
        { path: 'my-requests', labelKey: 'nav.myRequests', access: { kind: 'signed-in' } },
      ],
    },
    staff: {
      basePath: 'family-center',
      routes: [
        { path: '', load: () => import('./staff/HelpRequestsPage'), titleKey: 'helpRequests.title', access: { kind: 'signed-in', roles: handlers } },
        { path: 'statistics', load: () => import('./staff/StatisticsPage'), titleKey: 'statistics.title', access: { kind: 'signed-in', roles: statisticsReaders } },
      ],
      nav: [
        { path: '', labelKey: 'nav.helpRequests', access: { kind: 'signed-in', roles: handlers } },
        { path: 'statistics', labelKey: 'nav.statistics', access: { kind: 'signed-in', roles: statisticsReaders } },
      ],
    },
  },
  requiredRoles: [...handlers, ...statisticsReaders],
  i18n: {
    namespace: 'familyCenter',
    // The staff pages' own texts are a separate chunk: a resident never downloads them.
    load: lazyTexts(
      { fi: () => import('./i18n/fi'), sv: () => import('./i18n/sv'), en: () => import('./i18n/en') },
      {
        staff: { fi: () => import('./staff/i18n/fi'), sv: () => import('./staff/i18n/sv'), en: () => import('./staff/i18n/en') },
        // The resident pages other than the article list: their texts load with them.
        pages: { fi: () => import('./i18n/pages/fi'), sv: () => import('./i18n/pages/sv'), en: () => import('./i18n/pages/en') },
      },
    ),
  },
});
