import type { Texts } from '@luotsi/i18n';
import type { fi } from './fi';

export const en: Texts<typeof fi> = {
  nav: {
    staff: 'Access log',
  },
  staff: {
    title: 'Access log',
    intro: 'Search the access log for who has handled a client’s data, when and on what grounds. This search, and showing clients’ identities in it, is logged too.',
  },
  accessLog: {
    search: {
      title: 'Search entries',
      client: 'Client’s personal identity code',
      clientHint: 'For example 150386-936X',
      actor: 'Professional’s name',
      actorHint: 'Part of the name is enough',
      from: 'From',
      to: 'To',
      action: 'Action',
      anyAction: 'All actions',
      submit: 'Search',
      invalidRange: 'The end date cannot be before the start date.',
      errorsTitle: 'Correct the search',
    },
    results: {
      title: 'Results',
      caption: 'Access log entries, newest first',
      empty: 'No entries matched the search.',
      client: 'Client',
      unit: 'Unit',
      object: 'Object',
      request: 'Request id',
      unknownClient: 'Unknown person',
    },
    export: {
      title: 'Information request',
      intro: 'Export the client’s whole access log to a file to answer an information request. The export is logged.',
      csv: 'Export as CSV',
      json: 'Export as JSON',
      needsClient: 'Search by the client’s personal identity code first; then you can export their log.',
      done: 'The file has been downloaded.',
      notFound: 'No client was found with that personal identity code.',
      failed: 'The export failed. Please try again in a moment.',
    },
  },
};
