import { languages } from '@luotsi/shell-contract';
import { beforeAll, inject } from 'vitest';
import { ResidentPortal } from '../pages/ResidentPortal';
import { describe, expect, test } from '../support/fixtures';
import { anonymousResidentNav, builtModules, fetchModules, type BuiltModule } from '../support/registry';
import { familyCenterTexts, shellTexts } from '../support/texts';

describe('the resident area in Finnish, Swedish and English', () => {
  let modules: BuiltModule[];
  beforeAll(async () => {
    modules = builtModules(await fetchModules(inject('baseUrl')));
  });

  test.for(languages)('the front page in %s: navigation, heading and <html lang> in that language', async (language, { page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto(language);

    expect(await portal.htmlLang()).toBe(language);
    expect(await portal.headingText()).toBe(shellTexts[language].homeTitle);
    // The navigation is found by its localized name and lists every module's entries in this language.
    expect(await portal.navLabels()).toEqual(anonymousResidentNav(modules, language));
    expect(await portal.skipLink.count()).toBe(1);
    expect(await portal.languageSwitcher.current()).toBe(language);
    expect(await portal.signInLink.isVisible()).toBe(true);
  });

  test('the language switcher keeps the reader on the same page', async ({ page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto('fi', 'family-center');
    expect(await portal.headingText()).toBe(familyCenterTexts.fi.title);

    await portal.languageSwitcher.choose('sv');
    expect(new URL(page.url()).pathname).toBe('/sv/family-center');
    expect(await portal.htmlLang()).toBe('sv');
    expect(await portal.headingText()).toBe(familyCenterTexts.sv.title);
    expect(await portal.navLabels()).toEqual(anonymousResidentNav(modules, 'sv'));

    await portal.languageSwitcher.choose('en');
    expect(new URL(page.url()).pathname).toBe('/en/family-center');
    expect(await portal.htmlLang()).toBe('en');
    expect(await portal.headingText()).toBe(familyCenterTexts.en.title);

    // A page of the shell itself, too.
    await portal.goto('en', 'accessibility');
    await portal.languageSwitcher.choose('fi');
    expect(new URL(page.url()).pathname).toBe('/fi/accessibility');
    expect(await portal.htmlLang()).toBe('fi');
    expect(await portal.headingText()).toBe(shellTexts.fi.accessibilityTitle);
  });
});
