import type {
  NotificationChannel, NotificationType, RenderEnvironment, RenderedEmail, RenderedPortalMessage,
} from '@luotsi/bff-core';
import type { Language } from '@luotsi/shell-contract';

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** The recipient's language as stored (Person.language); anything unknown reads Finnish. */
export function recipientLanguage(value: string | null | undefined): Language {
  return value === 'sv' || value === 'en' ? value : 'fi';
}

/** Where a resident reads their in-portal messages. */
export function inboxUrl(env: RenderEnvironment, language: Language): string {
  return `${env.publicUrl.replace(/\/$/, '')}/${language}/messages`;
}

const newMessage: Record<Language, { subject: string; text: (url: string) => string; sms: (url: string) => string }> = {
  fi: {
    subject: 'Sinulle on uusi viesti Luotsissa',
    text: (url) => `Hei,\n\nsinulle on uusi viesti Luotsi-palvelussa. Voit lukea sen kirjauduttuasi:\n${url}\n\nTähän viestiin ei voi vastata.\n\nLuotsi – hyvinvointialueen asiointipalvelu`,
    sms: (url) => `Sinulle on uusi viesti Luotsissa. Lue se kirjauduttuasi: ${url}`,
  },
  sv: {
    subject: 'Du har ett nytt meddelande i Luotsi',
    text: (url) => `Hej,\n\ndu har ett nytt meddelande i tjänsten Luotsi. Du kan läsa det när du har loggat in:\n${url}\n\nDu kan inte svara på det här meddelandet.\n\nLuotsi – välfärdsområdets e-tjänst`,
    sms: (url) => `Du har ett nytt meddelande i Luotsi. Läs det när du har loggat in: ${url}`,
  },
  en: {
    subject: 'You have a new message in Luotsi',
    text: (url) => `Hello,\n\nyou have a new message in Luotsi. You can read it after signing in:\n${url}\n\nPlease do not reply to this message.\n\nLuotsi – the wellbeing services county’s online service`,
    sms: (url) => `You have a new message in Luotsi. Read it after signing in: ${url}`,
  },
};

/**
 * The only e-mail a sensitive notification type gets: no content, a link to the inbox. Written
 * here rather than by the module, so no module can put health or social details in an e-mail.
 */
export function newMessageEmail(language: Language, env: RenderEnvironment): RenderedEmail {
  const t = newMessage[language];
  return { subject: t.subject, text: t.text(inboxUrl(env, language)) };
}

export function newMessageSms(language: Language, env: RenderEnvironment): string {
  return newMessage[language].sms(inboxUrl(env, language));
}

/** Plain text as simple accessible HTML: paragraphs, line breaks and links. */
export function textToHtml(text: string): string {
  return text
    .split(/\n{2,}/)
    .map((paragraph) => {
      const escaped = escapeHtml(paragraph).replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
      return `<p>${escaped.replaceAll('\n', '<br>')}</p>`;
    })
    .join('\n');
}

/** The e-mail's HTML part: the module's HTML or its text, in the platform's simple layout. */
export function emailHtml(email: RenderedEmail, language: Language): string {
  const body = email.html ?? textToHtml(email.text);
  return `<!DOCTYPE html>
<html lang="${language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(email.subject)}</title></head>
<body style="margin:0;padding:1rem;font-family:Arial,sans-serif;font-size:16px;line-height:1.5;color:#1b1b1b;background:#ffffff">
<main style="max-width:36rem">
<h1 style="font-size:1.25rem">${escapeHtml(email.subject)}</h1>
${body}
</main>
</body>
</html>`;
}

export type RenderedDelivery =
  | { channel: 'portal'; message: RenderedPortalMessage }
  | { channel: 'email'; email: RenderedEmail & { html: string } }
  | { channel: 'sms'; text: string };

/**
 * What one channel of a notification says in the recipient's language. Sensitive types get the
 * platform's "new message" e-mail and SMS whatever the module declares.
 */
export function renderChannel(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any declared type
  type: NotificationType<any>,
  channel: NotificationChannel,
  data: Record<string, unknown>,
  language: Language,
  env: RenderEnvironment,
): RenderedDelivery {
  switch (channel) {
    case 'portal': {
      if (!type.portal) throw new Error(`Notification type ${type.type} has no in-portal template.`);
      return { channel, message: type.portal(data, language, env) };
    }
    case 'email': {
      const email = type.sensitive ? newMessageEmail(language, env) : type.email?.(data, language, env);
      if (!email) throw new Error(`Notification type ${type.type} has no e-mail template.`);
      return { channel, email: { ...email, html: emailHtml(email, language) } };
    }
    case 'sms': {
      const text = type.sensitive ? newMessageSms(language, env) : type.sms?.(data, language, env);
      if (!text) throw new Error(`Notification type ${type.type} has no SMS template.`);
      return { channel, text };
    }
  }
}

/** Problems in the declared types: duplicates, missing templates. The relay refuses to start with any. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any declared type
export function notificationTypeProblems(types: readonly NotificationType<any>[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const type of types) {
    if (seen.has(type.type)) problems.push(`${type.type}: declared twice`);
    seen.add(type.type);
    for (const channel of type.channels) {
      if (channel === 'portal' && !type.portal) problems.push(`${type.type}: goes to the portal but has no portal template`);
      if (!type.sensitive && channel === 'email' && !type.email) problems.push(`${type.type}: goes by e-mail but has no e-mail template`);
      if (!type.sensitive && channel === 'sms' && !type.sms) problems.push(`${type.type}: goes by SMS but has no SMS template`);
    }
  }
  return problems;
}
