import { existsSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestPortal, startTestPortal } from './test-portal.spec-support';

const chromiumPath = '/usr/bin/chromium';
const skip = existsSync(chromiumPath) ? undefined : `no Chromium at ${chromiumPath}`;

/** The persona picker in a real browser: axe WCAG 2.1 AA, keyboard use and the whole sign-in. */
describe.skipIf(skip !== undefined)(skip ? `persona picker in Chromium (skipped: ${skip})` : 'persona picker in Chromium', () => {
  let browser: Browser;
  let portal: TestPortal;

  beforeAll(async () => {
    portal = await startTestPortal();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    await portal?.close();
  });

  it.each([
    ['resident', 'fi'],
    ['resident', 'sv'],
    ['staff', 'en'],
  ] as const)('the %s picker in %s passes axe WCAG 2.1 AA, on a phone-sized screen too', async (area, lang) => {
    for (const viewport of [{ width: 1280, height: 800 }, { width: 360, height: 740 }]) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      await page.goto(`${portal.publicUrl}/auth/${area}/login?lang=${lang}`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
      // Nothing scrolls sideways at 360 px (WCAG 1.4.10 reflow).
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await context.close();
    }
  }, 30_000);

  it('the sign-in error pages pass axe WCAG 2.1 AA', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const path of ['/auth/resident/callback?code=x&state=y', '/idp/interaction/unknown?lang=sv']) {
      await page.goto(`${portal.publicUrl}${path}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(results.violations.map((v) => `${path} ${v.id}: ${v.help}`)).toEqual([]);
    }
    await context.close();
  }, 30_000);

  it('is usable by keyboard alone, with a visible focus ring, and signs in', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${portal.publicUrl}/auth/resident/login?lang=fi&returnTo=/fi/omat-asiat`);
    // Tab past the three language links to the first persona.
    for (let i = 0; i < 4; i++) await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { text: el.textContent, outline: style.outlineStyle, width: style.outlineWidth };
    });
    expect(focused.text).toContain('Tessa Testilä');
    expect(focused.outline).toBe('solid');
    expect(focused.width).toBe('3px');
    await Promise.all([page.waitForURL(`${portal.publicUrl}/fi/omat-asiat`), page.keyboard.press('Enter')]);
    const session = await (await page.request.get(`${portal.publicUrl}/auth/session`)).json();
    expect(session.resident.displayName).toBe('Tessa Testilä');
    await context.close();
  }, 30_000);
});
