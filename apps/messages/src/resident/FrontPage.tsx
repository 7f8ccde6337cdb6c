import { useState } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { formatDateTime, useTexts } from '@luotsi/i18n';
import { useMutation, useQuery } from '@luotsi/graphql-client';
import { Button, Link, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';

// Typed by `npm run codegen` from apps/bff/schema.graphql into ../gql.
const MyMessagesQuery = graphql(`
  query MessagesMyMessages {
    myMessages {
      id
      subject
      body
      language
      link
      receivedAt
      readAt
    }
  }
`);

const MarkReadMutation = graphql(`
  mutation MessagesMarkMessageRead($id: ID!) {
    markMessageRead(id: $id) {
      id
      readAt
    }
  }
`);

/**
 * The resident's inbox (/fi/messages): messages from the services, newest first. Opening one
 * shows it and marks it read. A message is in the language it was written in (the resident's
 * language at the time), marked up with lang.
 */
export default function FrontPage({ language }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('messages');
  const messages = useQuery(MyMessagesQuery);
  const [markRead] = useMutation(MarkReadMutation);
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  // Read here and now, before the list is fetched again.
  const [readNow, setReadNow] = useState<ReadonlySet<string>>(new Set());

  const toggle = (id: string, unread: boolean) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setOpen(next);
    if (unread && !readNow.has(id)) {
      setReadNow(new Set(readNow).add(id));
      // Best effort: a failure only leaves the message unread for the next visit.
      markRead({ id }).catch(() => undefined);
    }
  };

  return (
    <>
      <PageHeading>{t('resident.title')}</PageHeading>
      <p>{t('resident.intro')}</p>
      {messages.status === 'loading' && <Skeleton lines={3} />}
      {messages.status === 'error' && <RequestError error={messages.error} />}
      {messages.status === 'success' &&
        (messages.data.myMessages.length === 0 ? (
          <p>{t('resident.empty')}</p>
        ) : (
          <Stack as="ul" gap="m" aria-label={t('resident.listLabel')} style={{ listStyle: 'none', padding: 0 }}>
            {messages.data.myMessages.map((m) => {
              const unread = m.readAt === null && !readNow.has(m.id);
              const expanded = open.has(m.id);
              const bodyId = `message-${m.id}`;
              return (
                <li key={m.id}>
                  <article aria-labelledby={`${bodyId}-title`}>
                    <h2 id={`${bodyId}-title`} style={{ fontSize: '1.125rem', margin: 0 }}>
                      <Button variant="secondary" aria-expanded={expanded} aria-controls={bodyId} onClick={() => toggle(m.id, unread)}>
                        {unread && <strong>{t('resident.unread')}: </strong>}
                        <span lang={m.language}>{m.subject}</span>
                      </Button>
                    </h2>
                    <p>
                      {t('resident.received')} {formatDateTime(m.receivedAt, language)}
                    </p>
                    <div id={bodyId} hidden={!expanded}>
                      <p lang={m.language} style={{ whiteSpace: 'pre-wrap' }}>
                        {m.body}
                      </p>
                      {m.link && <Link href={`/${language}/${m.link}`}>{t('resident.openService')}</Link>}
                    </div>
                  </article>
                </li>
              );
            })}
          </Stack>
        ))}
    </>
  );
}
