import { useUiTexts } from '../i18n';
import { TextField, type TextFieldProps } from './TextField';

export interface DateFieldProps extends Omit<TextFieldProps, 'type' | 'width'> {
  /** ISO date 'YYYY-MM-DD', as the native input reads and writes it. */
  value?: string;
  defaultValue?: string;
  min?: string;
  max?: string;
}

/**
 * The native date input (the phone's own picker, keyboard entry on desktop) with a format
 * example as hint, for browsers that show a plain text box instead.
 */
export function DateField({ hint, ...rest }: DateFieldProps) {
  const { t } = useUiTexts();
  const formatHint = t('dateField.hint');
  return (
    <TextField
      type="date"
      width="medium"
      hint={
        hint ? (
          <>
            {hint}
            <br /> {formatHint}
          </>
        ) : (
          formatHint
        )
      }
      {...rest}
    />
  );
}
