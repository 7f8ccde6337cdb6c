import type { Locator, Page } from 'playwright-core';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The embedded OpenID provider's persona picker (/idp/interaction/…): one button per demo
 * persona, named by the persona's name followed by a description.
 */
export class IdentityProvider {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  persona(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${escapeRegExp(name)}(\\s|$)`) });
  }

  async waitForPicker(): Promise<void> {
    await this.page.waitForURL((url) => url.pathname.startsWith('/idp/interaction/'));
    await this.heading.waitFor();
  }

  async personaNames(): Promise<string[]> {
    return (await this.page.locator('button[name="persona"] .name').allInnerTexts()).map((t) => t.trim());
  }

  /** Picks the persona and follows the redirects back to the portal (through /auth/…/callback). */
  async choose(name: string): Promise<void> {
    await this.waitForPicker();
    await Promise.all([
      this.page.waitForURL((url) => !url.pathname.startsWith('/idp/') && !url.pathname.startsWith('/auth/')),
      this.persona(name).click(),
    ]);
  }
}
