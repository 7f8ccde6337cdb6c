import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: { staff: 'Notifications' },
  staff: {
    title: 'Notification delivery',
    intro: 'Failed and still pending notifications (e-mail, text message, message in the online service). No recipient or content is shown. A failed notification is sent again from the start; a cancelled one is not sent.',
  },
  deliveries: {
    caption: 'Failed and pending notifications, the oldest first',
    empty: 'No failed or pending notifications.',
    columns: { type: 'Notification type', channel: 'Channel', status: 'Status', created: 'Created', attempts: 'Attempts', next: 'Next attempt', error: 'Last error', actions: 'Actions' },
    channels: { portal: 'Online service', email: 'E-mail', sms: 'Text message' },
    statuses: { pending: 'Pending', delivered: 'Delivered', failed: 'Failed', cancelled: 'Cancelled' },
    retry: 'Try again',
    cancel: 'Cancel',
    retryLabel: 'Try again: {{type}}, {{channel}}',
    cancelLabel: 'Cancel: {{type}}, {{channel}}',
    done: { retried: 'The notification will be sent again.', cancelled: 'The notification was cancelled.', unchanged: 'The notification’s state had already changed; the list was refreshed.' },
  },
  templates: {
    nav: 'Notification templates',
    title: 'Notification templates',
    intro: 'Every notification template in every language and channel with sample data, as the recipient would see it.',
    empty: 'No notification templates.',
    sensitive: 'Sensitive: the e-mail and text message only say that there is a new message in the online service. The content is only in the online service.',
    languages: 'Languages: {{type}}',
    language: { fi: 'Finnish', sv: 'Swedish', en: 'English' },
    subject: 'Subject',
    attachments: 'Attachments',
  },
  jobs: {
    nav: 'Background jobs',
    title: 'Background jobs',
    intro: 'The portal’s scheduled and queued background jobs: recent runs and failures. Error messages hold no personal data; the details are in the server log under the job’s id.',
    onlyFailed: 'Show failed runs only',
    caption: 'Recent runs, newest first',
    failedCaption: 'Failed runs, newest first',
    empty: 'No runs.',
    noFailures: 'No failed runs.',
    columns: { name: 'Job', state: 'State', created: 'Queued', started: 'Started', completed: 'Ended', attempts: 'Attempts', error: 'Error' },
    states: { created: 'Waiting', retry: 'Waiting to retry', active: 'Running', completed: 'Completed', cancelled: 'Cancelled', failed: 'Failed' },
  },
};
