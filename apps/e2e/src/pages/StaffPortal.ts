import type { Language } from '@luotsi/shell-contract';
import type { Locator, Page } from 'playwright-core';
import { languageNames } from '../support/texts';
import { IdentityProvider } from './IdentityProvider';
import { PortalPage } from './PortalPage';

/** The professionals' area: /staff/…, its own sign-in and session; the language is remembered on the device. */
export class StaffPortal extends PortalPage {
  language: Language = 'fi';

  constructor(page: Page) {
    super(page);
  }

  async goto(path = ''): Promise<void> {
    const rest = path.replace(/^\/+/, '');
    await this.page.goto(`/staff${rest ? `/${rest}` : ''}`);
    await this.waitUntilReady();
  }

  /** "Sign in as staff" in the header. */
  get headerSignInLink(): Locator {
    return this.header.getByRole('link', { name: this.texts.staffSignIn, exact: true });
  }

  /** The sign-in a staff page offers in place of its content. */
  get signInPanelLink(): Locator {
    return this.main.getByRole('link', { name: this.texts.signIn, exact: true });
  }

  /**
   * The page offers sign-in in place of its content: the staff sign-in explanation and a sign-in
   * link, and no signed-in name in the header.
   */
  async offersSignIn(): Promise<boolean> {
    const [explained, link, signedIn] = await Promise.all([
      this.main.getByText(this.texts.staffSignInBody, { exact: true }).isVisible(),
      this.signInPanelLink.isVisible(),
      this.signOutButton.count(),
    ]);
    return explained && link && signedIn === 0;
  }

  /** Signs in through the IdP's persona picker; `via: 'page'` uses the link the page offers. */
  async signIn(personaName: string, { via = 'header' }: { via?: 'header' | 'page' } = {}): Promise<void> {
    await (via === 'page' ? this.signInPanelLink : this.headerSignInLink).click();
    await new IdentityProvider(this.page).choose(personaName);
    await this.waitUntilReady();
  }

  get languageButtons(): Locator {
    return this.page.getByRole('navigation', { name: this.texts.languageMenu, exact: true }).getByRole('button');
  }

  /** The staff area switches language in place (no language in its URLs). */
  async chooseLanguage(language: Language): Promise<void> {
    await this.languageButtons.and(this.page.getByRole('button', { name: languageNames[language], exact: true })).click();
    this.language = language;
    await this.page.waitForFunction((l) => document.documentElement.lang === l, language);
    await this.waitUntilReady();
  }
}
