import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { PageHeading, RequestError, Skeleton, Stack, Tabs } from '@luotsi/ui';
import { graphql } from '../gql';
import type { MessagesNotificationTemplatePreviewsQuery } from '../gql/graphql';
import type { fi as staffFi } from './i18n/fi';

const PreviewsQuery = graphql(`
  query MessagesNotificationTemplatePreviews {
    notificationTemplatePreviews {
      type
      description
      sensitive
      channel
      language
      subject
      text
      attachments
    }
  }
`);

type Preview = MessagesNotificationTemplatePreviewsQuery['notificationTemplatePreviews'][number];
const languages = ['fi', 'sv', 'en'] as const;
const channels = ['portal', 'email', 'sms'] as const;
const isChannel = (value: string): value is (typeof channels)[number] => (channels as readonly string[]).includes(value);

/**
 * Every notification template of every module, per language, as the recipient would read it
 * (with each type's sample data): /staff/messages/templates, administrators only.
 */
export default function TemplatesPage(_props: ModulePageProps) {
  const { t } = useTexts<typeof staffFi>('messages');
  const previews = useQuery(PreviewsQuery);
  const byType = new Map<string, Preview[]>();
  if (previews.status === 'success') for (const p of previews.data.notificationTemplatePreviews) byType.set(p.type, [...(byType.get(p.type) ?? []), p]);
  const channel = (value: string) => (isChannel(value) ? t(`deliveries.channels.${value}`) : value);

  return (
    <>
      <PageHeading>{t('templates.title')}</PageHeading>
      <p>{t('templates.intro')}</p>
      {previews.status === 'loading' && <Skeleton lines={6} />}
      {previews.status === 'error' && <RequestError error={previews.error} />}
      {previews.status === 'success' && byType.size === 0 && <p>{t('templates.empty')}</p>}
      {[...byType].map(([type, items]) => (
        <section key={type} aria-labelledby={`template-${type}`}>
          <Stack gap="s">
            <h2 id={`template-${type}`}>{type}</h2>
            <p>{items[0]?.description}</p>
            {items[0]?.sensitive && <p>{t('templates.sensitive')}</p>}
            <Tabs
              label={t('templates.languages', { type })}
              tabs={languages.map((language) => ({
                id: `${type}-${language}`,
                label: t(`templates.language.${language}`),
                content: (
                  <Stack gap="m">
                    {items
                      .filter((p) => p.language === language)
                      .map((p) => (
                        <article key={p.channel} aria-labelledby={`template-${type}-${language}-${p.channel}`}>
                          <h3 id={`template-${type}-${language}-${p.channel}`}>{channel(p.channel)}</h3>
                          <div lang={language}>
                            {p.subject && (
                              <p>
                                <strong>{t('templates.subject')}:</strong> {p.subject}
                              </p>
                            )}
                            <p style={{ whiteSpace: 'pre-wrap' }}>{p.text}</p>
                          </div>
                          {p.attachments.length > 0 && (
                            <p>
                              {t('templates.attachments')}: {p.attachments.join(', ')}
                            </p>
                          )}
                        </article>
                      ))}
                  </Stack>
                ),
              }))}
            />
          </Stack>
        </section>
      ))}
    </>
  );
}
