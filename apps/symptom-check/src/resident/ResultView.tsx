import { useEffect } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useGraphqlClient, useQuery, type GraphqlClient } from '@luotsi/graphql-client';
import { isUrgency, visibleAnswers, type AnswerValue, type QuestionnaireDefinition } from '@luotsi/questionnaires';
import { RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as assessmentFi } from '../assessment/i18n/fi';
import { LocalNextStep } from './LocalNextStep';
import { SendRequest } from './SendRequest';

const EvaluateQuery = graphql(`
  query EvaluateSymptomAssessment($questionnaireId: ID!, $answers: String!) {
    evaluateSymptomAssessment(questionnaireId: $questionnaireId, answers: $answers) {
      urgency
      contactOffered
      contactUnitType
      bandLabel { text language isFallback }
      advice { key text { text language isFallback } }
    }
  }
`);

const RecordRunMutation = graphql(`
  mutation RecordSymptomCheckRun($input: SymptomCheckRunInput!) {
    recordSymptomCheckRun(input: $input)
  }
`);

type Texts = typeof fi & typeof assessmentFi;

export interface RunRecord {
  runId: string;
  questionnaireId: string;
  /** With the answers the BFF recomputes the result it counts. */
  answers?: string;
  municipalityCode?: string;
}

/**
 * Counts the run for the indicators (no person, no answers kept). Fire and forget: a failure only
 * loses a count, never the resident's way forward.
 */
export function recordRun(client: GraphqlClient, input: RunRecord): Promise<void> {
  return client.request(RecordRunMutation, { input }).then(
    () => undefined,
    () => undefined,
  );
}

export interface ResultViewProps {
  definition: QuestionnaireDefinition;
  answers: Record<string, AnswerValue>;
  runId: string | undefined;
  to: ModulePageProps['to'];
}

/** The BFF's result of the answers the resident was asked, the local next step, and sending. */
export default function ResultView({ definition, answers, runId, to }: ResultViewProps) {
  const { t } = useTexts<Texts>('symptomCheck');
  const client = useGraphqlClient();
  const asked = JSON.stringify(visibleAnswers(definition, answers));
  const result = useQuery(EvaluateQuery, { questionnaireId: definition.id, answers: asked });
  const evaluated = result.status === 'success';
  useEffect(() => {
    if (evaluated && runId) void recordRun(client, { runId, questionnaireId: definition.id, answers: asked });
  }, [evaluated, runId, client, definition.id, asked]);

  if (result.status === 'loading') return <Skeleton lines={3} />;
  if (result.status === 'error') return <RequestError error={result.error} />;
  const shown = result.data.evaluateSymptomAssessment;
  const urgency = isUrgency(shown.urgency) ? shown.urgency : null;
  return (
    <section aria-labelledby="symptom-result-title" data-testid="symptom-result">
      <h2 id="symptom-result-title">{t('assessment.result.title')}</h2>
      {urgency && (
        <p className={`lx-urgency lx-urgency--${urgency}`}>
          <strong>{t(`nextStep.${urgency}`)}</strong>
        </p>
      )}
      {shown.bandLabel && <p lang={shown.bandLabel.language}>{shown.bandLabel.text}</p>}
      {shown.advice.length > 0 && (
        <>
          <h3>{t('assessment.result.advice')}</h3>
          <ul>
            {shown.advice.map((a) => (
              <li key={a.key} lang={a.text.language}>
                {a.text.text}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>{t('assessment.result.notDiagnosis')}</p>
      {urgency && (
        <LocalNextStep
          urgency={urgency}
          contactUnitType={shown.contactUnitType ?? null}
          onMunicipality={(municipalityCode) => {
            if (runId) void recordRun(client, { runId, questionnaireId: definition.id, municipalityCode });
          }}
        />
      )}
      {shown.contactOffered && <SendRequest questionnaireId={definition.id} answers={asked} to={to} />}
    </section>
  );
}
