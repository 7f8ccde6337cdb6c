import { personaDisplayName } from '@luotsi/identity-domain';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';
import { builtModules, fetchModules, personaFor, routesOf } from '../support/registry';

/**
 * Smoke test of the privacy module: the resident front page (with its link to "who has viewed my
 * data") and the administrators' access-log search render in Finnish and Swedish and have no
 * WCAG 2.1 AA violations (spec 06 checks every page of every module with axe too). Keep these
 * words in step with apps/privacy/src/i18n.
 */
const languages = ['fi', 'sv'] as const;
const words = {
  fi: {
    residentTitle: 'Tietosuoja ja omat tiedot',
    residentIntro: 'Täällä näet, mitä tietoja sinusta on tallennettu ja kuka niitä on käsitellyt, ja voit ladata tai poistaa tietojasi.',
    residentLink: 'Kuka on katsonut tietojani',
    staffTitle: 'Käyttöloki',
    staffIntro:
      'Hae käyttölokista, kuka on käsitellyt asiakkaan tietoja, milloin ja millä perusteella. Myös tämä haku ja asiakkaiden henkilötietojen näyttäminen kirjataan lokiin.',
    staffSearch: 'Hae merkintöjä',
  },
  sv: {
    residentTitle: 'Dataskydd och egna uppgifter',
    residentIntro: 'Här ser du vilka uppgifter som har sparats om dig och vem som har behandlat dem, och du kan ladda ner eller radera dina uppgifter.',
    residentLink: 'Vem har sett mina uppgifter',
    staffTitle: 'Användningslogg',
    staffIntro:
      'Sök i användningsloggen vem som har behandlat en klients uppgifter, när och på vilken grund. Också den här sökningen och visningen av klienters personuppgifter loggas.',
    staffSearch: 'Sök anteckningar',
  },
};

describe('privacy', () => {
  test.for(languages)('the resident front page in %s', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto(language, 'privacy');
    expect(await portal.htmlLang()).toBe(language);
    expect(await portal.headingText()).toBe(words[language].residentTitle);
    expect(await portal.main.getByText(words[language].residentIntro, { exact: true }).isVisible()).toBe(true);
    expect(await portal.main.getByRole('link', { name: words[language].residentLink, exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, `/${language}/privacy`);
  });

  test('the staff front page in fi and sv, for a professional with the module’s roles', async ({ page, baseUrl }) => {
    // The persona comes from the module's requiredRoles as /modules.json lists them, so this test
    // follows when the roles are set in apps/privacy/src/module.ts.
    const modules = builtModules(await fetchModules(baseUrl));
    const route = routesOf(modules, 'staff').routes.find((r) => r.moduleId === 'privacy' && r.path === 'privacy');
    if (!route) throw new Error('privacy has no built staff front page in /modules.json: is it registered and built?');
    const persona = personaFor(route);
    if (!persona) throw new Error('No demo persona has a role the privacy module requires (libs/identity/domain/src/personas.ts).');

    const staff = new StaffPortal(page);
    await staff.goto();
    await staff.signIn(personaDisplayName(persona));
    for (const language of languages) {
      if (staff.language !== language) await staff.chooseLanguage(language);
      await staff.goto('privacy');
      expect(await staff.htmlLang()).toBe(language);
      expect(await staff.headingText()).toBe(words[language].staffTitle);
      expect(await staff.main.getByText(words[language].staffIntro, { exact: true }).isVisible()).toBe(true);
      expect(await staff.main.getByRole('heading', { name: words[language].staffSearch, exact: true }).isVisible()).toBe(true);
      await expectNoAxeViolations(page, `/staff/privacy in ${language} as ${personaDisplayName(persona)}`);
    }
  });
});
