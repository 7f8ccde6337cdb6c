import { useState } from 'react';
import type { AnswerValue, OptionValue, QuestionnaireItem, QuestionnaireLanguage } from '@luotsi/questionnaires';
import { CheckboxField, RadioGroup, TextField } from '@luotsi/ui';

export interface QuestionStepProps {
  item: QuestionnaireItem;
  language: QuestionnaireLanguage;
  answer: AnswerValue | undefined;
  /** undefined clears the answer. */
  onAnswer: (value: AnswerValue | undefined) => void;
  error?: string;
  /** A hint of the page, e.g. "Choose all that apply" for multi-choice. */
  chooseAllHint: string;
}

/** Option values go through the DOM as strings; the answer keeps the definition's own value. */
const optionKey = (value: OptionValue) => String(value);

/**
 * One question of a definition, as a large-target form control: radios for one choice and for
 * scales, checkboxes for several, a text box for numbers, dates and text.
 */
export function QuestionStep({ item, language, answer, onAnswer, error, chooseAllHint }: QuestionStepProps) {
  const label = item.text[language];
  const help = item.help?.[language];
  const name = `q-${item.id}`;
  switch (item.type) {
    case 'choice':
    case 'scale': {
      const options =
        item.type === 'choice'
          ? item.options.map((o) => ({ value: optionKey(o.value), label: o.text[language] }))
          : scaleValues(item.min, item.max, item.step ?? 1).map((v) => ({
              value: String(v),
              label: v === item.min && item.minLabel ? `${v} – ${item.minLabel[language]}` : v === item.max && item.maxLabel ? `${v} – ${item.maxLabel[language]}` : String(v),
            }));
      return (
        <RadioGroup
          id={name}
          name={name}
          label={label}
          hint={help}
          error={error}
          required={item.required}
          optional={!item.required}
          options={options}
          value={answer === undefined ? '' : String(answer)}
          onChange={(value) => {
            if (item.type === 'scale') onAnswer(Number(value));
            else onAnswer(item.options.find((o) => optionKey(o.value) === value)?.value);
          }}
        />
      );
    }
    case 'multi-choice': {
      const chosen = Array.isArray(answer) ? (answer as readonly OptionValue[]) : [];
      return (
        <fieldset className="lx-field lx-fieldset" aria-describedby={error ? `${name}-error` : undefined}>
          <legend className="lx-field__label">{label}</legend>
          <div className="lx-field__hint">{help ?? chooseAllHint}</div>
          {error && (
            <div className="lx-field__error" id={`${name}-error`}>
              {error}
            </div>
          )}
          <div className="lx-choices">
          {item.options.map((o, index) => (
            <CheckboxField
              key={optionKey(o.value)}
              id={index === 0 ? name : undefined}
              label={o.text[language]}
              checked={chosen.includes(o.value)}
              onChange={(event) => {
                const next = event.currentTarget.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value);
                // Nothing chosen is no answer (an optional question left empty).
                onAnswer(next.length > 0 ? next : undefined);
              }}
            />
          ))}
          </div>
        </fieldset>
      );
    }
    case 'number':
      return (
        <DraftField
          key={item.id}
          id={name}
          label={item.unit ? `${label} (${item.unit[language]})` : label}
          hint={help}
          error={error}
          optional={!item.required}
          inputMode={item.integer ? 'numeric' : 'decimal'}
          answer={answer}
          // A number the engine can check; anything else stays as typed and fails its check.
          parse={(text) => (text.trim() === '' ? undefined : Number.isFinite(Number(text.replace(',', '.'))) ? Number(text.replace(',', '.')) : text)}
          onAnswer={onAnswer}
        />
      );
    case 'date':
      return <DraftField key={item.id} id={name} type="date" label={label} hint={help} error={error} optional={!item.required} answer={answer} parse={(t) => t || undefined} onAnswer={onAnswer} />;
    case 'text':
      return (
        <DraftField
          key={item.id}
          id={name}
          label={label}
          hint={help}
          error={error}
          optional={!item.required}
          maxLength={item.maxLength ?? 2000}
          answer={answer}
          parse={(t) => (t.trim() === '' ? undefined : t)}
          onAnswer={onAnswer}
        />
      );
  }
}

function scaleValues(min: number, max: number, step: number): number[] {
  const values: number[] = [];
  for (let v = min; v <= max; v += step) values.push(v);
  return values;
}

interface DraftFieldProps {
  id: string;
  label: string;
  hint: string | undefined;
  error: string | undefined;
  optional: boolean;
  type?: string;
  inputMode?: 'numeric' | 'decimal';
  maxLength?: number;
  answer: AnswerValue | undefined;
  parse: (text: string) => AnswerValue | undefined;
  onAnswer: (value: AnswerValue | undefined) => void;
}

/**
 * A text box that keeps what the person types ("38,") while the answer holds the parsed value.
 * Keyed by the question, so coming back to a question starts from its stored answer.
 */
function DraftField({ answer, parse, onAnswer, ...field }: DraftFieldProps) {
  const [draft, setDraft] = useState(answer === undefined ? '' : String(answer));
  return (
    <TextField
      {...field}
      width="short"
      value={draft}
      onChange={(event) => {
        setDraft(event.currentTarget.value);
        onAnswer(parse(event.currentTarget.value));
      }}
    />
  );
}
