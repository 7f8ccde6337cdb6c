import type { AnswerValue } from '@luotsi/questionnaires';

/**
 * Where a resident is in an assessment: kept in sessionStorage so that a reload, or the round trip
 * through the sign-in service, keeps the answers. Nothing leaves the browser until the resident
 * asks for the result (evaluated, not stored) or sends it. sessionStorage ends with the tab.
 */
export interface FlowState {
  answers: Record<string, AnswerValue>;
  /** The question shown; null before the first one is chosen. */
  current: string | null;
  stage: 'questions' | 'result';
  /**
   * This answering's id for the indicators (recordSymptomCheckRun), made at the first answer, so a
   * reload or a retry counts once. Not the person's: a new one on "Start again".
   */
  runId?: string;
}

export const emptyFlow: FlowState = { answers: {}, current: null, stage: 'questions' };

/** A new run id, or none where the browser cannot make one (then nothing is counted). */
export function newRunId(): string | undefined {
  try {
    return globalThis.crypto?.randomUUID?.();
  } catch {
    return undefined;
  }
}

const storageKey = (questionnaireId: string) => `luotsi.symptom-check.${questionnaireId}`;

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.sessionStorage;
  } catch {
    // Storage can be switched off; the flow still works, only without keeping answers.
    return null;
  }
}

export function loadFlow(questionnaireId: string): FlowState {
  const raw = storage()?.getItem(storageKey(questionnaireId));
  if (!raw) return emptyFlow;
  try {
    const parsed = JSON.parse(raw) as Partial<FlowState>;
    const answers = typeof parsed.answers === 'object' && parsed.answers !== null && !Array.isArray(parsed.answers) ? parsed.answers : {};
    return {
      answers,
      current: typeof parsed.current === 'string' ? parsed.current : null,
      stage: parsed.stage === 'result' ? 'result' : 'questions',
      ...(typeof parsed.runId === 'string' ? { runId: parsed.runId } : {}),
    };
  } catch {
    return emptyFlow;
  }
}

export function saveFlow(questionnaireId: string, state: FlowState): void {
  try {
    storage()?.setItem(storageKey(questionnaireId), JSON.stringify(state));
  } catch {
    // Full or blocked storage: keep going without it.
  }
}

export function clearFlow(questionnaireId: string): void {
  storage()?.removeItem(storageKey(questionnaireId));
}
