import type { Language } from '@luotsi/shell-contract';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

/**
 * The family center end to end (issue 8): a resident reads an article, looks for family services
 * in her municipality, asks for help anonymously and writes the reply code down; a family
 * counselling psychologist (Pia Perheneuvoja) replies in the staff queue; the resident reads the
 * reply with the code. In Swedish and in Finnish. Words follow apps/family-center/src/i18n.
 */
const words = {
  sv: {
    title: 'Familjecenter',
    search: /Sök i artiklarna/,
    searchButton: 'Sök',
    articleWord: 'sömn',
    articleTitle: 'Babyns sömn de första månaderna',
    askForHelp: 'Be om hjälp',
    servicesLink: 'Tjänster för familjer i din hemkommun',
    servicesTitle: 'Tjänster för familjer',
    municipality: /Hemkommun/,
    age: 'Barnets ålder',
    danger: 'Om någon är i omedelbar fara, ring 112.',
    topic: 'Sömn',
    message: /Berätta om din situation/,
    anonymous: 'Anonymt med en svarskod',
    send: 'Skicka',
    sentTitle: 'Meddelandet har skickats',
    readReply: 'Läs svaret med koden',
    code: /Svarskod/,
    show: 'Visa svaret',
    text: 'Vår baby vaknar varje timme på natten och vi orkar inte längre.',
  },
  fi: {
    title: 'Perhekeskus',
    search: /Hae artikkeleista/,
    searchButton: 'Hae',
    articleWord: 'vauvan uni',
    articleTitle: 'Vauvan uni ensimmäisinä kuukausina',
    askForHelp: 'Pyydä apua',
    servicesLink: 'Perheiden palvelut kotikunnassasi',
    servicesTitle: 'Perheiden palvelut',
    municipality: /Kotikunta/,
    age: 'Lapsen ikä',
    danger: 'Jos joku on välittömässä vaarassa, soita 112.',
    topic: 'Uni',
    message: /Kerro tilanteestasi/,
    anonymous: 'Nimettömänä vastauskoodilla',
    send: 'Lähetä',
    sentTitle: 'Viesti on lähetetty',
    readReply: 'Lue vastaus koodilla',
    code: /Vastauskoodi/,
    show: 'Näytä vastaus',
    text: 'Vauvamme herää joka tunti yöllä, emmekä jaksa enää.',
  },
} satisfies Partial<Record<Language, Record<string, string | RegExp>>>;

const staffWords = { queue: 'Pyydä apua -viestit', replyLabel: 'Vastauksesi', send: 'Lähetä vastaus', sent: 'Vastaus tallennettu. Nimetön lähettäjä lukee sen vastauskoodillaan.' };

describe('the family center: read, find a service, ask for help, read the reply with the code', () => {
  test.for(['sv', 'fi'] as const)('in %s', async (language, { page, newContext }) => {
    const w = words[language];
    const resident = new ResidentPortal(page);

    // Reads an article found by searching.
    await resident.goto(language, 'family-center');
    expect(await resident.headingText()).toBe(w.title);
    await expectNoAxeViolations(page, `/${language}/family-center`);
    await resident.main.getByRole('searchbox', { name: w.search }).fill(w.articleWord);
    await resident.main.getByRole('button', { name: w.searchButton, exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('q') === w.articleWord);
    await resident.main.getByRole('link', { name: w.articleTitle, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/${language}/family-center/articles/vauvan-uni`);
    await resident.waitUntilReady();
    expect(await resident.headingText()).toBe(w.articleTitle);
    await expectNoAxeViolations(page, `/${language}/family-center/articles/vauvan-uni`);

    // Family services of her municipality (Espoo), from the service tray's search.
    await resident.goto(language, 'family-center/services');
    expect(await resident.headingText()).toBe(w.servicesTitle);
    await resident.main.getByRole('combobox', { name: w.municipality }).selectOption('049');
    await resident.main.getByRole('combobox', { name: w.age }).selectOption('0-6');
    await page.waitForURL((url) => url.searchParams.get('municipality') === '049' && url.searchParams.get('age') === '0-6');
    // The seeded catalogue has family services in Espoo (the service tray's demo core).
    await page.getByTestId('family-services').waitFor();
    expect(await page.getByTestId('family-services').locator(':scope > li').count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, `/${language}/family-center/services`);

    // Asks for help anonymously, from the link every family-center page has.
    await resident.main.getByRole('link', { name: w.askForHelp, exact: true }).click();
    await page.waitForURL((url) => url.pathname === `/${language}/family-center/ask-for-help`);
    await resident.waitUntilReady();
    expect(await resident.main.locator('div', { hasText: w.danger }).last().isVisible()).toBe(true);
    await expectNoAxeViolations(page, `/${language}/family-center/ask-for-help`);
    await resident.main.getByRole('checkbox', { name: w.topic, exact: true }).check();
    await resident.main.getByRole('textbox', { name: w.message }).fill(w.text);
    await resident.main.getByRole('radio', { name: w.anonymous }).check();
    await resident.main.getByRole('combobox', { name: w.municipality }).selectOption('049');
    await resident.main.getByRole('button', { name: w.send, exact: true }).dblclick();
    await resident.main.getByRole('heading', { level: 1, name: w.sentTitle }).waitFor();
    const code = (await page.getByTestId('family-reply-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await expectNoAxeViolations(page, `/${language}/family-center/ask-for-help (sent, the code shown)`);

    // Pia Perheneuvoja (family counselling, Espoo) finds the request in her queue and replies.
    const staffPage = await (await newContext()).newPage();
    const staff = new StaffPortal(staffPage);
    await staff.goto('family-center');
    await staff.signIn('Pia Perheneuvoja', { via: 'page' });
    expect(await staff.headingText()).toBe(staffWords.queue);
    await expectNoAxeViolations(staffPage, '/staff/family-center');
    // Her queue may hold other requests about sleep: open them until the one just sent (the only
    // one with this text: the double click made one request).
    const rows = staff.main.getByRole('row').filter({ has: staffPage.getByRole('rowheader', { name: 'Uni', exact: true }) });
    const dialog = staffPage.getByRole('dialog');
    let found = false;
    for (let i = (await rows.count()) - 1; i >= 0 && !found; i--) {
      await rows.nth(i).getByRole('button').click();
      await dialog.waitFor();
      found = (await dialog.getByText(w.text, { exact: true }).count()) === 1;
      if (!found) await dialog.getByRole('button', { name: 'Peruuta', exact: true }).click();
    }
    expect(found).toBe(true);
    const reply = language === 'sv' ? 'Hej! Ring gärna familjerådgivningen, så bokar vi en tid.' : 'Hei! Soita perheneuvolaan, niin varataan aika.';
    await dialog.getByRole('textbox', { name: staffWords.replyLabel }).fill(reply);
    await dialog.getByRole('button', { name: staffWords.send }).click();
    await staff.main.getByText(staffWords.sent).waitFor();

    // The resident reads the reply with the code, in another spelling than shown.
    await resident.goto(language, 'family-center/reply');
    await resident.main.getByRole('textbox', { name: w.code }).fill(code.toLowerCase().replace(/-/g, ' '));
    await resident.main.getByRole('button', { name: w.show, exact: true }).click();
    const shown = page.getByTestId('family-reply');
    await shown.waitFor();
    expect(await shown.innerText()).toContain(reply);
    expect(await shown.innerText()).not.toContain(w.text);
    await expectNoAxeViolations(page, `/${language}/family-center/reply (the reply shown)`);
  });
});
