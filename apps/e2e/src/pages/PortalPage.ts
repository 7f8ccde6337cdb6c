import type { Language } from '@luotsi/shell-contract';
import type { Locator, Page } from 'playwright-core';
import { shellTexts, type ShellTexts } from '../support/texts';

/** What both areas share: the layout's landmarks, the navigation, the page heading, readiness. */
export abstract class PortalPage {
  /** The language the page is expected to be in; specs assert that it is. */
  abstract language: Language;

  constructor(readonly page: Page) {}

  /** The shell's words in the current language. */
  get texts(): ShellTexts {
    return shellTexts[this.language];
  }

  get header(): Locator {
    return this.page.locator('header').first();
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  /** The page's h1. */
  get heading(): Locator {
    return this.main.locator('h1');
  }

  get skipLink(): Locator {
    return this.page.getByRole('link', { name: this.texts.skipToContent, exact: true });
  }

  /** The main navigation, found by its name in the current language. */
  get nav(): Locator {
    return this.page.getByRole('navigation', { name: this.texts.mainMenu, exact: true });
  }

  async navLabels(): Promise<string[]> {
    return (await this.nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
  }

  /** "Signed in: <name>" in the header. */
  signedInAs(name: string): Locator {
    return this.header.getByText(this.texts.signedInAs(name), { exact: true });
  }

  get signOutButton(): Locator {
    return this.header.getByRole('button', { name: this.texts.signOut, exact: true });
  }

  /** The "this service is not available" panel the shell shows for a module that failed. */
  get unavailablePanel(): Locator {
    return this.main.getByRole('region', { name: this.texts.unavailableTitle, exact: true });
  }

  async htmlLang(): Promise<string> {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  async headingText(): Promise<string> {
    return (await this.heading.innerText()).trim();
  }

  /**
   * The shell has rendered a page: its h1 (or a "service unavailable" panel) is in main, and no
   * loading indicator (the shell's "Loading…", a skeleton, anything aria-busy) is left.
   */
  async waitUntilReady(): Promise<void> {
    await this.page.waitForFunction(() => {
      const main = document.querySelector('main');
      if (!main || !main.querySelector('h1, .lx-service-unavailable')) return false;
      return !document.querySelector('.lx-loading, [aria-busy="true"]');
    });
  }

  async signOut(): Promise<void> {
    await Promise.all([this.page.waitForURL((url) => !url.pathname.startsWith('/auth/')), this.signOutButton.click()]);
    await this.waitUntilReady();
  }
}
