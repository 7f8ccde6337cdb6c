import type { Language } from '@luotsi/shell-contract';
import type { Locator, Page } from 'playwright-core';
import { languageNames } from '../support/texts';
import { IdentityProvider } from './IdentityProvider';
import { PortalPage } from './PortalPage';

/** The language switcher: links to the same page in each language, each named in its own. */
export class LanguageSwitcher {
  constructor(private readonly portal: ResidentPortal) {}

  get locator(): Locator {
    return this.portal.page.getByRole('navigation', { name: this.portal.texts.languageMenu, exact: true });
  }

  option(language: Language): Locator {
    return this.locator.getByRole('link', { name: languageNames[language], exact: true });
  }

  /** The language marked as the current one (aria-current). */
  async current(): Promise<string | null> {
    return this.locator.locator('[aria-current="true"]').getAttribute('lang');
  }

  async choose(language: Language): Promise<void> {
    await Promise.all([
      this.portal.page.waitForURL((url) => url.pathname === `/${language}` || url.pathname.startsWith(`/${language}/`)),
      this.option(language).click(),
    ]);
    this.portal.language = language;
    await this.portal.waitUntilReady();
  }
}

/** The residents' area: /fi/…, /sv/…, /en/…. */
export class ResidentPortal extends PortalPage {
  language: Language = 'fi';
  readonly languageSwitcher = new LanguageSwitcher(this);

  constructor(page: Page) {
    super(page);
  }

  /** Opens /<language>/<path> with a full page load and waits for the page to be ready. */
  async goto(language: Language, path = ''): Promise<void> {
    this.language = language;
    const rest = path.replace(/^\/+/, '');
    await this.page.goto(`/${language}${rest ? `/${rest}` : ''}`);
    await this.waitUntilReady();
  }

  get signInLink(): Locator {
    return this.header.getByRole('link', { name: this.texts.signIn, exact: true });
  }

  get footerAccessibilityLink(): Locator {
    return this.page.getByRole('contentinfo').getByRole('link');
  }

  /** Signs in through the real flow: the header link, the IdP's persona picker, back to this page. */
  async signIn(personaName: string): Promise<void> {
    await this.signInLink.click();
    await new IdentityProvider(this.page).choose(personaName);
    await this.waitUntilReady();
  }
}
