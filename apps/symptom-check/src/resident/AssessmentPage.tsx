import { lazy, Suspense, useMemo } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import type { QuestionnaireDefinition } from '@luotsi/questionnaires';
import { Link, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as assessmentFi } from '../assessment/i18n/fi';

/**
 * The page is three chunks: this one (the definition and the heading), the questions, and the
 * result with the local next step and the send form, which loads when the result is shown (and
 * is fetched ahead at the first answer). The questions and the result are siblings under this
 * chunk, so the code they share goes to a chunk of its own: a chunk both loaded by the shell and
 * shared by another would need the bundler's module-namespace runtime on every page of the
 * module. The emergency advice is with the questions: a danger sign never waits for the network.
 */
const loadResult = () => import('./ResultView');
const ResultView = lazy(loadResult);
const Questions = lazy(() => import('./Questions'));

const DefinitionQuery = graphql(`
  query SymptomQuestionnaireDefinition($id: ID!) {
    symptomQuestionnaire(id: $id) {
      id
      version
      title { text language isFallback }
      definition
    }
  }
`);

type Texts = typeof fi & typeof assessmentFi;

/**
 * The questionnaire id: the path segment after the module's base path. Read from the location
 * rather than with wouter's useParams: importing wouter into this chunk only for that hook added
 * ~0.9 KB gzipped of federation share glue to the page's first load. The shell re-renders the
 * page on every navigation, so the value follows the URL.
 */
export function questionnaireIdOf(pathname: string, base: string): string {
  if (!pathname.startsWith(`${base}/`)) return '';
  const segment = pathname.slice(base.length + 1).split('/')[0] ?? '';
  try {
    return decodeURIComponent(segment);
  } catch {
    return '';
  }
}

/** The page at /<lang>/symptom-check/<questionnaire id>. */
export default function AssessmentPage(props: ModulePageProps) {
  return <AssessmentFlow {...props} questionnaireId={questionnaireIdOf(window.location.pathname, props.to(''))} />;
}

/** The assessment of the id: its heading, then one question per step and the result. */
export function AssessmentFlow({ questionnaireId, language, to }: ModulePageProps & { questionnaireId: string }) {
  const { t } = useTexts<Texts>('symptomCheck');
  const loaded = useQuery(DefinitionQuery, { id: questionnaireId });
  const definition = useMemo(() => {
    const json = loaded.data?.symptomQuestionnaire?.definition;
    return json ? (JSON.parse(json) as QuestionnaireDefinition) : null;
  }, [loaded.data]);

  if (loaded.status === 'loading') return <Skeleton lines={4} />;
  if (loaded.status === 'error')
    return (
      <>
        <PageHeading>{t('assessments.title')}</PageHeading>
        <RequestError error={loaded.error} />
      </>
    );
  const shown = loaded.data.symptomQuestionnaire;
  if (!shown || !definition)
    return (
      <>
        <PageHeading>{t('assessments.title')}</PageHeading>
        <p>{t('assessment.notFound')}</p>
        <Link href={to('')}>{t('assessment.allAssessments')}</Link>
      </>
    );
  return (
    <>
      <PageHeading>
        <span lang={shown.title.language}>{shown.title.text}</span>
      </PageHeading>
      <Suspense fallback={<Skeleton lines={4} />}>
        <Questions key={definition.id} definition={definition} language={language} to={to} ResultView={ResultView} loadResult={loadResult} />
      </Suspense>
    </>
  );
}
