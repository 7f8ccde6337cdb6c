import { languages } from '@luotsi/shell-contract';
import { ResidentPortal } from '../pages/ResidentPortal';
import { describe, expect, test } from '../support/fixtures';

const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

describe('on a phone (390×844)', () => {
  test.for(languages)('the front page in %s fits the width: no horizontal scrolling', async (language, { newContext }) => {
    const page = await (await newContext(phone)).newPage();
    const portal = new ResidentPortal(page);
    await portal.goto(language);

    const layout = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      // Elements reaching past the right edge, to name the culprit when there is one.
      const overflowing = [...document.body.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > width + 1)
        .slice(0, 5)
        .map((e) => `${e.tagName.toLowerCase()}${e.className ? `.${String(e.className).split(' ').join('.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px)`);
      window.scrollTo(500, 0);
      return { width, scrollWidth: document.documentElement.scrollWidth, scrollX: window.scrollX, overflowing };
    });
    expect(layout.width).toBe(390);
    expect(layout.scrollWidth, `wider than the screen: ${layout.overflowing.join(', ')}`).toBeLessThanOrEqual(layout.width);
    expect(layout.scrollX, 'the page scrolls sideways').toBe(0);
    expect(await portal.nav.isVisible()).toBe(true);
  });
});
