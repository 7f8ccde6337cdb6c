import { personaDisplayName } from '@luotsi/identity-domain';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';
import { builtModules, fetchModules, personaFor, routesOf } from '../support/registry';

/**
 * Smoke test of the messages module, written by the module generator: its front page
 * renders in Finnish and Swedish with the BFF's welcome and has no WCAG 2.1 AA violations
 * (spec 06 checks every page of every module with axe too). Keep these words in step with
 * apps/messages/src/i18n and libs/messages/bff/src/schema.ts, and add the module's own scenarios.
 */
const languages = ['fi', 'sv'] as const;
const words = {
  fi: {
    residentTitle: 'Messages',
    residentIntro: 'Tällä sivulla kerrotaan palvelusta ja sen käytöstä.',
    staffTitle: 'Messages',
    staffIntro: 'Tällä sivulla hoidat palvelun työtehtävät.',
    welcome: 'Tervetuloa! Palvelu on käytettävissä.',
  },
  sv: {
    residentTitle: 'Messages',
    residentIntro: 'På den här sidan berättar vi om tjänsten och hur du använder den.',
    staffTitle: 'Messages',
    staffIntro: 'På den här sidan sköter du tjänstens arbetsuppgifter.',
    welcome: 'Välkommen! Tjänsten är tillgänglig.',
  },
};

describe('messages', () => {
  test.for(languages)('the resident front page in %s', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto(language, 'messages');
    expect(await portal.htmlLang()).toBe(language);
    expect(await portal.headingText()).toBe(words[language].residentTitle);
    expect(await portal.main.getByText(words[language].residentIntro, { exact: true }).isVisible()).toBe(true);
    expect(await portal.main.getByText(words[language].welcome, { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, `/${language}/messages`);
  });

  test('the staff front page in fi and sv, for a professional with the module’s roles', async ({ page, baseUrl }) => {
    // The persona comes from the module's requiredRoles as /modules.json lists them, so this test
    // follows when the roles are set in apps/messages/src/module.ts.
    const modules = builtModules(await fetchModules(baseUrl));
    const route = routesOf(modules, 'staff').routes.find((r) => r.moduleId === 'messages' && r.path === 'messages');
    if (!route) throw new Error('messages has no built staff front page in /modules.json: is it registered and built?');
    const persona = personaFor(route);
    if (!persona) throw new Error('No demo persona has a role the messages module requires (libs/identity/domain/src/personas.ts).');

    const staff = new StaffPortal(page);
    await staff.goto();
    await staff.signIn(personaDisplayName(persona));
    for (const language of languages) {
      if (staff.language !== language) await staff.chooseLanguage(language);
      await staff.goto('messages');
      expect(await staff.htmlLang()).toBe(language);
      expect(await staff.headingText()).toBe(words[language].staffTitle);
      expect(await staff.main.getByText(words[language].staffIntro, { exact: true }).isVisible()).toBe(true);
      expect(await staff.main.getByText(words[language].welcome, { exact: true }).isVisible()).toBe(true);
      await expectNoAxeViolations(page, `/staff/messages in ${language} as ${personaDisplayName(persona)}`);
    }
  });
});
