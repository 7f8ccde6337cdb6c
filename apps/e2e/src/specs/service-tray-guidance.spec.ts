import { findPersona } from '@luotsi/identity-domain';
import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';

/**
 * Issue 5's guidance and feedback: social-services advice (Aino Neuvoja) builds a recommendation
 * set for Tessa Testilä in Swedish and hands it over as a link; the link opens without sign-in in
 * Swedish; a resident sends feedback on the service from it; the curator (Kalle Kuraattori)
 * handles the feedback. Words are kept in step with apps/service-tray/src/**\/i18n.
 */
const words = {
  setTitle: 'Palvelusuositus',
  personalIdentityCode: /Asiakkaan henkilötunnus/,
  language: /Asiakkaan kieli/,
  searchLabel: 'Hae palvelua',
  search: 'Hae',
  add: /^Lisää suositukseen: /,
  itemNote: /^Huomio asiakkaalle: /,
  note: /Viesti asiakkaalle/,
  save: 'Tallenna suositus',
  saved: 'Suositus on tallennettu.',
  createLink: 'Luo linkki',
  linkCreated: 'Linkki on luotu',
  residentTitleSv: 'Tjänster som rekommenderas för dig',
  feedbackTextSv: /^Respons/,
  sendFeedbackSv: 'Skicka respons',
  feedbackSentSv: 'Tack för din respons! Servicebrickans kurator behandlar den.',
  queueTitle: 'Palautteet',
  handlingNote: /Käsittelymerkintä/,
  markHandled: 'Merkitse käsitellyksi',
};

describe('service tray guidance', () => {
  test('a professional hands a set over as a link; the resident opens it in Swedish and sends feedback; the curator handles it', async ({ page, newContext }) => {
    const tessa = findPersona('resident-tessa');
    if (tessa?.area !== 'resident') throw new Error('Tessa is a resident persona');
    const stamp = Date.now();
    const note = `Ring gärna först (${stamp}).`;
    const feedback = `Öppettiderna på webbplatsen stämmer inte (${stamp}).`;

    // Aino builds the set: Tessa identified by her code, Swedish, family counselling with a note.
    const advisor = new StaffPortal(page);
    await advisor.goto('service-tray/guidance/new');
    await advisor.signIn('Aino Neuvoja', { via: 'page' });
    expect(await advisor.headingText()).toBe(words.setTitle);
    await advisor.main.getByRole('textbox', { name: words.personalIdentityCode }).fill(tessa.personalIdentityCode);
    await advisor.main.getByRole('combobox', { name: words.language }).selectOption('sv');
    await advisor.main.getByRole('textbox', { name: words.searchLabel }).fill('perheneuvola');
    await advisor.main.getByRole('button', { name: words.search, exact: true }).click();
    const add = advisor.main.getByRole('button', { name: words.add }).first();
    const serviceName = ((await add.getAttribute('aria-label')) ?? '').replace(/^Lisää suositukseen: /, '');
    await add.click();
    await advisor.main.getByRole('textbox', { name: words.itemNote }).fill('Tidsbokning per telefon.');
    await advisor.main.getByRole('textbox', { name: words.note }).fill(note);
    await expectNoAxeViolations(page, '/staff/service-tray/guidance/new');
    await advisor.main.getByRole('button', { name: words.save }).click();
    await advisor.main.getByText(words.saved).waitFor();
    await advisor.main.getByRole('button', { name: words.createLink }).click();
    const created = advisor.main.locator('.lx-alert').filter({ hasText: words.linkCreated });
    await created.waitFor();
    const path = (await created.getByRole('link').getAttribute('href')) ?? '';
    expect(path).toMatch(/^\/sv\/service-tray\/guidance\/[A-Za-z0-9_-]{43}$/);
    await expectNoAxeViolations(page, '/staff/service-tray/guidance/<id> after the handover');

    // The link opens without sign-in, in Swedish, with the service and the notes.
    const residentPage = await (await newContext()).newPage();
    const resident = new ResidentPortal(residentPage);
    await resident.goto('sv', path.replace(/^\/sv\//, ''));
    expect(await resident.headingText()).toBe(words.residentTitleSv);
    await resident.main.getByText(note).waitFor();
    const service = resident.main.getByRole('article').first();
    await service.getByText('Tidsbokning per telefon.').waitFor();
    expect(await resident.htmlLang()).toBe('sv');
    await expectNoAxeViolations(residentPage, '/sv/service-tray/guidance/<token>');

    // Feedback on the service, from the same page.
    await service.getByRole('textbox', { name: words.feedbackTextSv }).fill(feedback);
    await service.getByRole('button', { name: words.sendFeedbackSv }).click();
    await service.locator('.lx-alert').filter({ hasText: words.feedbackSentSv }).waitFor();

    // Kalle finds it in the queue and marks it handled.
    const curatorPage = await (await newContext()).newPage();
    const curator = new StaffPortal(curatorPage);
    await curator.goto('service-tray/feedback');
    await curator.signIn('Kalle Kuraattori', { via: 'page' });
    expect(await curator.headingText()).toBe(words.queueTitle);
    const item = curator.main.getByRole('article').filter({ hasText: feedback });
    await item.waitFor();
    if (serviceName) expect(await item.innerText()).toContain(serviceName.split(' ')[0]);
    await expectNoAxeViolations(curatorPage, '/staff/service-tray/feedback');
    await item.getByRole('textbox', { name: words.handlingNote }).fill('Ilmoitettu palveluntuottajalle.');
    await item.getByRole('button', { name: words.markHandled }).click();
    await expect.poll(() => curator.main.getByRole('article').filter({ hasText: feedback }).count(), { timeout: 10_000 }).toBe(0);
  });
});
