import type { Language } from '@luotsi/shell-contract';

/**
 * Notification types as modules declare them (BffModule.notifications). The outbox, the relay and
 * the channels that deliver them are in @luotsi/notify; this is only the declaration, so that a
 * module's list of what it tells people sits next to its schema and seed.
 */
export const notificationChannels = ['portal', 'email', 'sms'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** A file sent with an e-mail: an `.ics` of a booking, a PDF or HTML statement. */
export interface NotificationAttachment {
  filename: string;
  contentType: string;
  content: string | Uint8Array;
}

export interface RenderedEmail {
  subject: string;
  text: string;
  /** Optional HTML alternative; the platform wraps it in its layout. */
  html?: string;
  attachments?: NotificationAttachment[];
}

export interface RenderedPortalMessage {
  subject: string;
  body: string;
  /** A path inside the portal without the language, e.g. 'family-center'. */
  link?: string;
}

/** What templates know besides the notification's data. */
export interface RenderEnvironment {
  /** The portal's public address, e.g. https://luotsi.example.fi */
  publicUrl: string;
}

interface NotificationTypeBase<D> {
  /** Unique across modules, "<module>.<event>", e.g. 'family.help-request-answered'. */
  type: string;
  /** What an administrator reads beside the preview. */
  description: string;
  /** Which channels it goes to; a channel the recipient has no address for is cancelled. */
  channels: readonly NotificationChannel[];
  /** Data for the administrators' preview and the tests that check every template. */
  sample: D;
  /** The in-portal message, in the recipient's language (required when 'portal' is a channel). */
  portal?: (data: D, language: Language, env: RenderEnvironment) => RenderedPortalMessage;
}

/**
 * Sensitive: the content is about a person's health or social situation. E-mail and SMS then say
 * only "you have a new message in the portal" (written by the platform, not the module), and the
 * content is in the in-portal message behind sign-in.
 */
export interface SensitiveNotificationType<D> extends NotificationTypeBase<D> {
  sensitive: true;
  email?: never;
  sms?: never;
}

/**
 * Not sensitive (a booking time, a fee statement is ready): the module writes the e-mail and SMS,
 * which still must not contain health or social details (the templates test checks the samples).
 */
export interface PlainNotificationType<D> extends NotificationTypeBase<D> {
  sensitive: false;
  email?: (data: D, language: Language, env: RenderEnvironment) => RenderedEmail;
  sms?: (data: D, language: Language, env: RenderEnvironment) => string;
}

export type NotificationType<D = Record<string, unknown>> = SensitiveNotificationType<D> | PlainNotificationType<D>;

/** Declares a notification type; `D` is the data `notify` takes for it. */
export function defineNotification<D extends Record<string, unknown>>(type: NotificationType<D>): NotificationType<D> {
  return type;
}
