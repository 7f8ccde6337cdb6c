import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import { Alert, LanguageNote, Link, PageHeading, RequestError, Skeleton, Stack } from '@luotsi/ui';
import { graphql } from '../gql';
import type { SymptomQuestionnairesQuery } from '../gql/graphql';
import type { fi } from '../i18n/fi';

const QuestionnairesQuery = graphql(`
  query SymptomQuestionnaires {
    symptomQuestionnaires {
      id
      category
      estimatedMinutes
      name { text language isFallback }
      description { text language isFallback }
    }
  }
`);

type Questionnaire = SymptomQuestionnairesQuery['symptomQuestionnaires'][number];

/** Categories in the order residents most often need them; unknown ones go last under "other". */
const categories = ['infection', 'musculoskeletal', 'mental-health', 'substance-use', 'other'] as const;
type Category = (typeof categories)[number];
const categoryOf = (value: string): Category => ((categories as readonly string[]).includes(value) ? (value as Category) : 'other');

function byCategory(questionnaires: readonly Questionnaire[]) {
  return categories
    .map((category) => ({ category, items: questionnaires.filter((q) => categoryOf(q.category) === category) }))
    .filter((group) => group.items.length > 0);
}

export default function AssessmentsPage({ to }: ModulePageProps) {
  const { t } = useTexts<typeof fi>('symptomCheck');
  const questionnaires = useQuery(QuestionnairesQuery);
  return (
    <>
      <PageHeading>{t('assessments.title')}</PageHeading>
      <p>{t('assessments.intro')}</p>
      <Alert tone="warning" live={false} title={t('assessments.emergency.title')}>
        <p>{t('assessments.emergency.body')}</p>
        <p>
          <Link href="tel:112">{t('assessments.emergency.call112')}</Link>
        </p>
        <p>{t('assessments.emergency.helpline')}</p>
        <p>
          <Link href="tel:116117">{t('assessments.emergency.callHelpline')}</Link>
        </p>
      </Alert>
      <p>{t('assessments.notDiagnosis')}</p>
      <p>
        <Link href={to('my-requests')}>{t('assessments.myRequests')}</Link>
      </p>
      {questionnaires.status === 'loading' && <Skeleton lines={4} />}
      {questionnaires.status === 'error' && <RequestError error={questionnaires.error} />}
      {questionnaires.status === 'success' &&
        (questionnaires.data.symptomQuestionnaires.length === 0 ? (
          <p>{t('assessments.empty')}</p>
        ) : (
          <div data-testid="symptom-assessments">
            {byCategory(questionnaires.data.symptomQuestionnaires).map((group) => (
              <section key={group.category} aria-labelledby={`symptom-category-${group.category}`}>
                <h2 id={`symptom-category-${group.category}`}>{t(`assessments.category.${group.category}`)}</h2>
                <Stack as="ul" gap="m">
                  {group.items.map((q) => (
                    <li key={q.id} className="lx-panel">
                      <h3 lang={q.name.language}>
                        <Link href={to(q.id)}>{q.name.text}</Link>
                      </h3>
                      <LanguageNote content={q.name.isFallback ? q.name : q.description} />
                      <p lang={q.description.language}>{q.description.text}</p>
                      <p>{t('assessments.minutes', { count: q.estimatedMinutes })}</p>
                    </li>
                  ))}
                </Stack>
              </section>
            ))}
          </div>
        ))}
    </>
  );
}
