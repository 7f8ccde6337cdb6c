import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useParams } from 'wouter';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useQuery } from '@luotsi/graphql-client';
import {
  answerProblem,
  endingRedFlag,
  isAnswered,
  isUrgency,
  nextItem,
  previousItem,
  visibleAnswers,
  visibleItems,
  type AnswerValue,
  type QuestionnaireDefinition,
  type QuestionnaireLanguage,
  type RedFlagRule,
} from '@luotsi/questionnaires';
import { Alert, Button, Cluster, Link, PageHeading, RequestError, Skeleton } from '@luotsi/ui';
import { graphql } from '../gql';
import type { fi } from '../i18n/fi';
import type { fi as assessmentFi } from '../assessment/i18n/fi';
import { clearFlow, emptyFlow, loadFlow, saveFlow, type FlowState } from './answers-store';
import { QuestionStep } from './QuestionStep';
import { SendRequest } from './SendRequest';

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

const EvaluateQuery = graphql(`
  query EvaluateSymptomAssessment($questionnaireId: ID!, $answers: String!) {
    evaluateSymptomAssessment(questionnaireId: $questionnaireId, answers: $answers) {
      urgency
      contactOffered
      bandLabel { text language isFallback }
      advice { key text { text language isFallback } }
    }
  }
`);

type Texts = typeof fi & typeof assessmentFi;
type T = ReturnType<typeof useTexts<Texts>>['t'];

/** The page at /<lang>/symptom-check/<questionnaire id>. */
export default function AssessmentPage(props: ModulePageProps) {
  const params = useParams<{ questionnaireId?: string }>();
  return <AssessmentFlow {...props} questionnaireId={params.questionnaireId ?? ''} />;
}

/**
 * One question per step, with back and forward keeping every answer. A danger sign ends the
 * questions at once with the emergency advice; otherwise the result comes from the BFF, which
 * recomputes it from the answers (this page only guides).
 */
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
      <Flow key={definition.id} definition={definition} language={language} t={t} to={to} />
    </>
  );
}

function Flow({ definition, language, t, to }: { definition: QuestionnaireDefinition; language: QuestionnaireLanguage; t: T; to: ModulePageProps['to'] }) {
  const [state, setState] = useState<FlowState>(() => loadFlow(definition.id));
  const [error, setError] = useState<string | undefined>();
  const stepRef = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  // The first question, or the one the resident was at, if it is still asked.
  const visible = visibleItems(definition, state.answers);
  const current = visible.find((item) => item.id === state.current) ?? nextItem(definition, state.answers);

  useEffect(() => saveFlow(definition.id, state), [definition.id, state]);
  const step = `${state.stage}:${state.current ?? ''}`;
  useEffect(() => {
    // Moving between steps puts focus on the new question, so a screen reader reads it out.
    // The result (or the emergency advice) is read from its start.
    if (!moved.current) return;
    if (step.startsWith('result')) stepRef.current?.focus();
    else stepRef.current?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [step]);

  const update = (next: FlowState) => {
    moved.current = true;
    setError(undefined);
    setState(next);
  };

  const ending = endingRedFlag(definition, state.answers);
  if (state.stage === 'result') {
    return (
      <div ref={stepRef} tabIndex={-1}>
        {ending ? (
          <Emergency flag={ending} definition={definition} language={language} t={t} />
        ) : (
          <Result definition={definition} answers={state.answers} t={t} to={to} />
        )}
        <Cluster gap="s">
          <Button variant="secondary" onClick={() => update({ ...state, stage: 'questions' })}>
            {t('assessment.changeAnswers')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              clearFlow(definition.id);
              update(emptyFlow);
            }}
          >
            {t('assessment.startOver')}
          </Button>
        </Cluster>
      </div>
    );
  }
  if (!current) return null;

  const answer = state.answers[current.id];
  const position = visible.findIndex((item) => item.id === current.id) + 1;
  const setAnswer = (value: AnswerValue | undefined) => {
    const answers = { ...state.answers };
    if (value === undefined) delete answers[current.id];
    else answers[current.id] = value;
    setError(undefined);
    setState({ ...state, current: current.id, answers });
  };

  const goForward = (event: FormEvent) => {
    event.preventDefault();
    if (!isAnswered(answer)) {
      if (current.required) return setError(t('assessment.errors.required'));
    } else if (answerProblem(current, answer)) {
      const range = current.type === 'number' && current.min !== undefined && current.max !== undefined;
      return setError(range ? t('assessment.errors.range', { min: current.min, max: current.max }) : t('assessment.errors.invalid'));
    }
    // A danger sign stops here: nothing more is asked.
    if (endingRedFlag(definition, state.answers)) return update({ ...state, current: current.id, stage: 'result' });
    const next = nextItem(definition, state.answers, current.id);
    update(next ? { ...state, current: next.id } : { ...state, current: current.id, stage: 'result' });
  };
  const previous = previousItem(definition, state.answers, current.id);
  const last = nextItem(definition, state.answers, current.id) === null;

  return (
    <form onSubmit={goForward} noValidate>
      <p className="lx-progress">
        <progress max={visible.length} value={position} aria-hidden="true" />{' '}
        <span>{t('assessment.progress', { current: position, total: visible.length })}</span>
      </p>
      <div ref={stepRef}>
        <QuestionStep item={current} language={language} answer={answer} onAnswer={setAnswer} error={error} chooseAllHint={t('assessment.chooseAll')} />
      </div>
      <Cluster gap="s">
        {previous ? (
          <Button type="button" variant="secondary" onClick={() => update({ ...state, current: previous.id })}>
            {t('assessment.back')}
          </Button>
        ) : (
          <Link href={to('')}>{t('assessment.allAssessments')}</Link>
        )}
        <Button type="submit" variant="primary">
          {last ? t('assessment.finish') : t('assessment.next')}
        </Button>
      </Cluster>
    </form>
  );
}

function adviceTexts(definition: QuestionnaireDefinition, keys: readonly string[], language: QuestionnaireLanguage): string[] {
  return keys.map((key) => definition.texts?.[key]?.[language]).filter((text): text is string => Boolean(text));
}

/** A danger sign: what to do now, first and large, with the number to call. */
function Emergency({ flag, definition, language, t }: { flag: RedFlagRule; definition: QuestionnaireDefinition; language: QuestionnaireLanguage; t: T }) {
  const call112 = flag.urgency === 'emergency';
  return (
    <Alert tone="error" title={call112 ? t('assessment.emergency.title') : t('assessment.emergencyDepartment.title')}>
      {adviceTexts(definition, flag.advice, language).map((text) => (
        <p key={text}>{text}</p>
      ))}
      {call112 ? (
        <p>
          <Button as="a" href="tel:112" variant="primary" block>
            {t('assessment.emergency.call')}
          </Button>
        </p>
      ) : (
        <>
          <p>{t('assessment.emergencyDepartment.helpline')}</p>
          <p>
            <Button as="a" href="tel:116117" variant="primary" block>
              {t('assessment.emergencyDepartment.call')}
            </Button>
          </p>
        </>
      )}
    </Alert>
  );
}

/** The BFF's result of the answers the resident was asked. */
function Result({ definition, answers, t, to }: { definition: QuestionnaireDefinition; answers: Record<string, AnswerValue>; t: T; to: ModulePageProps['to'] }) {
  const asked = JSON.stringify(visibleAnswers(definition, answers));
  const result = useQuery(EvaluateQuery, { questionnaireId: definition.id, answers: asked });
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
      {shown.contactOffered && <SendRequest questionnaireId={definition.id} answers={asked} to={to} />}
    </section>
  );
}
