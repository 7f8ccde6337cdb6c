import { useId, useState, type FormEvent } from 'react';
import { useTexts } from '@luotsi/i18n';
import { useMutation } from '@luotsi/graphql-client';
import { feedbackSchema, feedbackTextMaxLength, type FeedbackKind } from '@luotsi/services-domain';
import { fieldErrorAt, fieldErrorsUnder, validateInput, type FieldError } from '@luotsi/validation';
import { Alert, Button, RadioGroup, RequestError, Stack, TextArea, useFieldErrorMessage } from '@luotsi/ui';
import { graphql } from '../gql';
import type { ServiceFeedbackKind } from '../gql/graphql';
import type { fi } from '../i18n/fi';

const SendFeedback = graphql(`
  mutation ServiceTraySendFeedback($input: ServiceFeedbackInput!) {
    sendServiceFeedback(input: $input)
  }
`);

const kinds: { kind: ServiceFeedbackKind; value: FeedbackKind }[] = [
  { kind: 'WRONG_INFORMATION', value: 'wrong-information' },
  { kind: 'HELPED', value: 'helped' },
  { kind: 'OTHER', value: 'other' },
];

export interface ServiceFeedbackFormProps {
  serviceId: string;
  /** The service's name, for the form's accessible name. */
  serviceName: string;
  /** Heading level of the form's title inside the page. */
  headingLevel?: 2 | 3;
}

/**
 * Feedback on one service from anyone, signed in or not: is the information wrong, did the service
 * help, or something else, with a short text. No personal data is asked; a text with an identity
 * code or a phone number is refused with a message saying to remove it.
 */
export function ServiceFeedbackForm({ serviceId, serviceName, headingLevel = 3 }: ServiceFeedbackFormProps) {
  const { t } = useTexts<typeof fi>('serviceTray');
  const errorMessage = useFieldErrorMessage();
  const [send, sending] = useMutation(SendFeedback);
  const [kind, setKind] = useState<ServiceFeedbackKind>('WRONG_INFORMATION');
  const [text, setText] = useState('');
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [sent, setSent] = useState(false);
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.running) return;
    const value = kinds.find((k) => k.kind === kind)?.value ?? 'other';
    const checked = validateInput(feedbackSchema, { serviceId, kind: value, text });
    if (!checked.ok) return void setErrors(checked.errors);
    setErrors([]);
    try {
      await send({ input: { serviceId, kind, text: checked.value.text } });
      setSent(true);
      setText('');
    } catch {
      // The mutation's state holds the error; field errors show at the field.
    }
  };

  const textError = fieldErrorAt([...errors, ...fieldErrorsUnder(sending.fieldErrors, ['input'])], 'text');
  // An identity code or a phone number in the text: say what to do rather than "invalid".
  const textMessage = textError?.code === 'invalid' ? t('feedback.personalData') : errorMessage(textError);

  return (
    <section aria-labelledby={titleId} className="service-feedback">
      <Heading id={titleId}>{t('feedback.title')}</Heading>
      {sent ? (
        <Alert tone="success">{t('feedback.sent')}</Alert>
      ) : (
        <form onSubmit={submit} noValidate aria-label={t('feedback.open', { service: serviceName })}>
          <Stack gap="m">
            <RadioGroup
              label={t('feedback.kind')}
              name={`feedback-kind-${titleId}`}
              value={kind}
              onChange={(value) => setKind(kinds.find((k) => k.kind === value)?.kind ?? 'OTHER')}
              options={kinds.map((k) => ({ value: k.kind, label: t(`feedback.kinds.${k.kind}`) }))}
            />
            <TextArea
              label={t('feedback.text')}
              hint={t('feedback.textHint', { max: feedbackTextMaxLength })}
              value={text}
              onChange={(e) => setText(e.target.value)}
              error={textMessage}
              maxLength={feedbackTextMaxLength}
              rows={3}
            />
            {sending.error && sending.fieldErrors.length === 0 && <RequestError error={sending.error} />}
            <div>
              <Button type="submit" variant="secondary" loading={sending.running}>
                {t('feedback.send')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </section>
  );
}
