import type { NotificationChannel, NotificationType, RenderEnvironment } from '@luotsi/bff-core';
import type { PrismaClient } from '@luotsi/db';
import { languages, type Language } from '@luotsi/shell-contract';
import { renderChannel } from './render';

/** Administrators' actions on deliveries; each returns whether the delivery was in a state that allows it. */
export async function retryDelivery(prisma: PrismaClient, id: string, now: Date): Promise<boolean> {
  const { count } = await prisma.notificationDelivery.updateMany({
    where: { id, status: { in: ['failed', 'cancelled'] } },
    data: { status: 'pending', attempts: 0, nextAttemptAt: now, lastError: null },
  });
  return count === 1;
}

export async function cancelDelivery(prisma: PrismaClient, id: string): Promise<boolean> {
  const { count } = await prisma.notificationDelivery.updateMany({
    where: { id, status: { in: ['pending', 'failed'] } },
    data: { status: 'cancelled', lastError: 'cancelled by an administrator' },
  });
  return count === 1;
}

export interface TemplatePreview {
  type: string;
  description: string;
  sensitive: boolean;
  channel: NotificationChannel;
  language: Language;
  subject: string | null;
  text: string;
  html: string | null;
  attachments: string[];
}

/** Every template of every type, channel and language, rendered with the type's sample data. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- every module's types
export function templatePreviews(types: readonly NotificationType<any>[], env: RenderEnvironment): TemplatePreview[] {
  return types.flatMap((type) =>
    type.channels.flatMap((channel) =>
      languages.map((language): TemplatePreview => {
        const base = { type: type.type, description: type.description, sensitive: type.sensitive, channel, language };
        const rendered = renderChannel(type, channel, type.sample, language, env);
        switch (rendered.channel) {
          case 'portal':
            return { ...base, subject: rendered.message.subject, text: rendered.message.body, html: null, attachments: [] };
          case 'email':
            return { ...base, subject: rendered.email.subject, text: rendered.email.text, html: rendered.email.html, attachments: (rendered.email.attachments ?? []).map((a) => a.filename) };
          case 'sms':
            return { ...base, subject: null, text: rendered.text, html: null, attachments: [] };
        }
      }),
    ),
  );
}
