import { ResidentPortal } from '../pages/ResidentPortal';
import { StaffPortal } from '../pages/StaffPortal';
import { expectNoAxeViolations } from '../support/axe';
import { describe, expect, test } from '../support/fixtures';
import { familyCenterTexts } from '../support/texts';

/**
 * Notifications end to end (issue 4): a professional replies to an "ask for help" request; the
 * sender gets one e-mail in the development mailbox, in her language and without the reply, and
 * reads the reply in her inbox. Words are kept in step with apps/messages/src/i18n,
 * apps/family-center/src/staff/i18n and libs/bff/notify/src/render.ts.
 */
const words = {
  inboxTitle: 'Viestit',
  unread: 'Uusi',
  replySubject: 'Vastaus avunpyyntöösi',
  emailSubject: 'Sinulle on uusi viesti Luotsissa',
  replyButton: /^Vastaa viestiin: Uni/,
  replyLabel: 'Vastauksesi',
  send: 'Lähetä vastaus',
  sent: 'Vastaus lähetetty. Lähettäjä saa sen viestinä asiointipalveluun.',
  deliveriesTitle: 'Ilmoitusten toimitus',
  templatesTitle: 'Ilmoituspohjat',
};

interface MailboxMessage {
  notificationId: string;
  channel: string;
  to: string;
  language: string;
  subject: string | null;
  text: string;
}

describe('messages', () => {
  test('a reply reaches the resident as one e-mail and an in-portal message', async ({ page, newContext }) => {
    const reply = `Soitamme teille huomenna aamupäivällä (${Date.now()}).`;

    // The administrator reads the development mailbox. Every sensitive notification has the same
    // subject, and other specs notify Tessa too (a nurse's answer, a booked time): count before.
    const adminPage = await (await newContext()).newPage();
    const admin = new StaffPortal(adminPage);
    await admin.goto('messages');
    await admin.signIn('Anna Admin', { via: 'page' });
    expect(await admin.headingText()).toBe(words.deliveriesTitle);
    await expectNoAxeViolations(adminPage, '/staff/messages');
    const tessaMails = async () => {
      const response = await adminPage.request.get('/dev/mailbox.json');
      expect(response.status()).toBe(200);
      const { messages } = (await response.json()) as { messages: MailboxMessage[] };
      return messages.filter((m) => m.to === 'resident-tessa@example.com' && m.channel === 'email' && m.subject === words.emailSubject);
    };
    const before = new Set((await tessaMails()).map((m) => m.notificationId));

    // Aino Neuvoja replies to Tessa's request about sleep.
    const staff = new StaffPortal(page);
    await staff.goto('family-center');
    await staff.signIn('Aino Neuvoja', { via: 'page' });
    expect(await staff.headingText()).toBe(familyCenterTexts.fi.helpRequestsTitle);
    await staff.main.getByRole('button', { name: words.replyButton }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: words.replyLabel }).fill(reply);
    await dialog.getByRole('button', { name: words.send }).click();
    // Sending takes a moment (the button shows it is busy): wait for the confirmation.
    await staff.main.getByText(words.sent).waitFor();

    // One new e-mail to Tessa, in Finnish, without the reply text.
    const newMails = async () => (await tessaMails()).filter((m) => !before.has(m.notificationId));
    await expect.poll(async () => (await newMails()).length, { timeout: 15_000 }).toBeGreaterThan(0);
    const mails = await newMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ language: 'fi', subject: words.emailSubject });
    expect(mails[0]?.text).toContain('/fi/messages');
    expect(mails[0]?.text).not.toContain(reply);
    await adminPage.goto('/dev/mailbox');
    await expectNoAxeViolations(adminPage, '/dev/mailbox');
    await admin.goto('messages/templates');
    expect(await admin.headingText()).toBe(words.templatesTitle);
    await expectNoAxeViolations(adminPage, '/staff/messages/templates');

    // Tessa signs in and reads the reply; it was new, opening it shows the text.
    const residentPage = await (await newContext()).newPage();
    const resident = new ResidentPortal(residentPage);
    await resident.goto('fi');
    await resident.signIn('Tessa Testilä');
    await resident.goto('fi', 'messages');
    expect(await resident.headingText()).toBe(words.inboxTitle);
    const message = resident.main.getByRole('button', { name: `${words.unread}: ${words.replySubject}` }).first();
    await message.click();
    await resident.main.getByText(reply).waitFor();
    await expectNoAxeViolations(residentPage, '/fi/messages');
  });

  test('the inbox asks a visitor to sign in', async ({ page }) => {
    const portal = new ResidentPortal(page);
    await portal.goto('sv', 'messages');
    expect(await portal.main.getByRole('list').count()).toBe(0);
    expect(await portal.signInLink.isVisible()).toBe(true);
  });
});
