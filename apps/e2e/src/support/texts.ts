import type { Language } from '@luotsi/shell-contract';

/**
 * What a reader sees, by language: the suite asserts these words, as eVaka's e2e page objects
 * do, so a missing or wrong translation fails a test. Module navigation labels are not listed:
 * they come from /modules.json (see registry.ts) so new modules are covered without edits here.
 */
export const languageNames: Record<Language, string> = { fi: 'Suomeksi', sv: 'På svenska', en: 'In English' };

export interface ShellTexts {
  skipToContent: string;
  mainMenu: string;
  languageMenu: string;
  homeTitle: string;
  signIn: string;
  staffSignIn: string;
  signOut: string;
  signedInAs: (name: string) => string;
  staffHomeTitle: string;
  staffNothing: string;
  staffSignInBody: string;
  unavailableTitle: string;
  unavailableBody: string;
  unavailableRetry: string;
  accessibilityTitle: string;
  /** The note above content that exists only in Finnish (from @luotsi/ui). */
  onlyInFinnish: string;
}

export const shellTexts: Record<Language, ShellTexts> = {
  fi: {
    skipToContent: 'Siirry sisältöön',
    mainMenu: 'Päävalikko',
    languageMenu: 'Kieli',
    homeTitle: 'Tervetuloa Esimerkin hyvinvointialueen asiointipalveluun',
    signIn: 'Kirjaudu sisään',
    staffSignIn: 'Kirjaudu työntekijänä',
    signOut: 'Kirjaudu ulos',
    signedInAs: (name) => `Kirjautuneena: ${name}`,
    staffHomeTitle: 'Työpöytä',
    staffNothing: 'Sinulla ei ole vielä oikeuksia yhteenkään palveluun. Ota yhteyttä pääkäyttäjään.',
    staffSignInBody: 'Hyvinvointialueen työntekijät kirjautuvat organisaation tunnuksilla.',
    unavailableTitle: 'Palvelu ei ole juuri nyt käytettävissä',
    unavailableBody: 'Muut palvelut toimivat normaalisti. Yritä hetken kuluttua uudelleen.',
    unavailableRetry: 'Yritä uudelleen',
    accessibilityTitle: 'Saavutettavuusseloste',
    onlyInFinnish: 'Tämä sisältö on saatavilla vain suomeksi.',
  },
  sv: {
    skipToContent: 'Hoppa till innehållet',
    mainMenu: 'Huvudmeny',
    languageMenu: 'Språk',
    homeTitle: 'Välkommen till Exempels välfärdsområdes e-tjänst',
    signIn: 'Logga in',
    staffSignIn: 'Logga in som anställd',
    signOut: 'Logga ut',
    signedInAs: (name) => `Inloggad: ${name}`,
    staffHomeTitle: 'Skrivbord',
    staffNothing: 'Du har ännu inte behörighet till någon tjänst. Kontakta huvudanvändaren.',
    staffSignInBody: 'Välfärdsområdets anställda loggar in med organisationens användarnamn.',
    unavailableTitle: 'Tjänsten är inte tillgänglig just nu',
    unavailableBody: 'De andra tjänsterna fungerar normalt. Försök igen om en stund.',
    unavailableRetry: 'Försök igen',
    accessibilityTitle: 'Tillgänglighetsutlåtande',
    onlyInFinnish: 'Det här innehållet finns bara på finska.',
  },
  en: {
    skipToContent: 'Skip to content',
    mainMenu: 'Main menu',
    languageMenu: 'Language',
    homeTitle: 'Welcome to the online services of the Example Wellbeing Services County',
    signIn: 'Sign in',
    staffSignIn: 'Sign in as staff',
    signOut: 'Sign out',
    signedInAs: (name) => `Signed in: ${name}`,
    staffHomeTitle: 'Desk',
    staffNothing: 'You do not have access to any service yet. Contact the administrator.',
    staffSignInBody: 'Employees of the wellbeing services county sign in with their organisation account.',
    unavailableTitle: 'This service is not available right now',
    unavailableBody: 'The other services work normally. Please try again in a moment.',
    unavailableRetry: 'Try again',
    accessibilityTitle: 'Accessibility statement',
    onlyInFinnish: 'This content is only available in Finnish.',
  },
};

/** The family-center module's own words (its pages are asserted by specs 2 and 4). */
export const familyCenterTexts: Record<Language, { title: string; helpRequestsTitle: string; helpRequestsCaption: string }> = {
  fi: { title: 'Perhekeskus', helpRequestsTitle: 'Pyydä apua -viestit', helpRequestsCaption: 'Avoimet yhteydenotot, kiireellisin ensin' },
  sv: { title: 'Familjecenter', helpRequestsTitle: 'Be om hjälp-meddelanden', helpRequestsCaption: 'Öppna kontakter, den mest brådskande först' },
  en: { title: 'Family center', helpRequestsTitle: 'Ask for help messages', helpRequestsCaption: 'Open contacts, the most urgent first' },
};
