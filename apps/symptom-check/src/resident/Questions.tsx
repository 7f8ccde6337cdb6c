import { Suspense, useEffect, useRef, useState, type ComponentType, type FormEvent } from 'react';
import type { ModulePageProps } from '@luotsi/shell-contract';
import { useTexts } from '@luotsi/i18n';
import { useGraphqlClient } from '@luotsi/graphql-client';
import {
  answerProblem,
  endingRedFlag,
  isAnswered,
  nextItem,
  previousItem,
  visibleAnswers,
  visibleItems,
  type AnswerValue,
  type QuestionnaireDefinition,
  type QuestionnaireLanguage,
  type RedFlagRule,
} from '@luotsi/questionnaires';
import { Alert, Button, Cluster, Link, Skeleton } from '@luotsi/ui';
import type { fi } from '../i18n/fi';
import type { fi as assessmentFi } from '../assessment/i18n/fi';
import { clearFlow, emptyFlow, loadFlow, newRunId, saveFlow, type FlowState } from './answers-store';
import { QuestionStep } from './QuestionStep';
import type { ResultViewProps, RunRecord } from './ResultView';
import type { GraphqlClient } from '@luotsi/graphql-client';

type Texts = typeof fi & typeof assessmentFi;
type T = ReturnType<typeof useTexts<Texts>>['t'];

export interface QuestionsProps {
  definition: QuestionnaireDefinition;
  language: QuestionnaireLanguage;
  to: ModulePageProps['to'];
  /** The result view (a lazy component of the page) and its module, loaded ahead at the first answer. */
  ResultView: ComponentType<ResultViewProps>;
  loadResult: () => Promise<{ recordRun: (client: GraphqlClient, input: RunRecord) => Promise<void> }>;
}

/**
 * One question per step, with back and forward keeping every answer. A danger sign ends the
 * questions at once with the emergency advice (here, so it never waits for the network);
 * otherwise the result comes from the BFF, which recomputes it from the answers.
 */
export default function Questions({ definition, language, to, ResultView, loadResult }: QuestionsProps) {
  const { t } = useTexts<Texts>('symptomCheck');
  const client = useGraphqlClient();
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
  // Counted for the indicators with what the BFF recomputes; never in the way of the advice.
  const endingRunId = ending && state.stage === 'result' ? state.runId : undefined;
  useEffect(() => {
    if (!endingRunId) return;
    const answers = JSON.stringify(visibleAnswers(definition, state.answers));
    void loadResult().then((m) => m.recordRun(client, { runId: endingRunId, questionnaireId: definition.id, answers }));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per danger-sign ending of a run
  }, [endingRunId, client, definition]);

  if (state.stage === 'result') {
    return (
      <div ref={stepRef} tabIndex={-1}>
        {ending ? (
          <Emergency flag={ending} definition={definition} language={language} t={t} />
        ) : (
          <Suspense fallback={<Skeleton lines={3} />}>
            <ResultView definition={definition} answers={state.answers} runId={state.runId} to={to} />
          </Suspense>
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
    // The first answer starts a run (counted once) and fetches the result's code ahead.
    let runId = state.runId;
    if (!runId) {
      runId = newRunId();
      const started = runId;
      if (started) void loadResult().then((m) => m.recordRun(client, { runId: started, questionnaireId: definition.id }));
    }
    const moving = { ...state, runId };
    // A danger sign stops here: nothing more is asked.
    if (endingRedFlag(definition, state.answers)) return update({ ...moving, current: current.id, stage: 'result' });
    const next = nextItem(definition, state.answers, current.id);
    update(next ? { ...moving, current: next.id } : { ...moving, current: current.id, stage: 'result' });
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
