/**
 * @luotsi/ui — the design system. Named exports only and no module side effects, so a remote's
 * bundle keeps just the components it renders.
 *
 * The CSS is NOT imported here (that would be a side effect repeated in every remote's bundle):
 * the shell imports '@luotsi/ui/styles.css' (src/styles/index.css) once in its entry, and a
 * bundler configured with "sideEffects": false must still list "*.css" as having side effects.
 * The components need the 'ui' i18n namespace: register `loadUiTexts` under `uiNamespace`.
 */
export { uiNamespace, loadUiTexts, type UiTexts } from './i18n';

export { Button, type ButtonProps, type ButtonLinkProps, type ButtonVariant } from './components/Button';
export {
  Link,
  LinkNavigationProvider,
  type LinkProps,
  type LinkComponentProps,
  type NavigateHandler,
} from './components/Link';
export { useFieldIds, type FieldProps, type FieldWidth } from './components/Field';
export { TextField, type TextFieldProps } from './components/TextField';
export { TextArea, type TextAreaProps } from './components/TextArea';
export { SelectField, type SelectFieldProps, type SelectOption } from './components/SelectField';
export { RadioGroup, type RadioGroupProps, type RadioOption } from './components/RadioGroup';
export { CheckboxField, type CheckboxFieldProps } from './components/CheckboxField';
export { DateField, type DateFieldProps } from './components/DateField';
export { ErrorSummary, type ErrorSummaryProps, type FormError } from './components/ErrorSummary';
export { Dialog, type DialogProps } from './components/Dialog';
export { Tabs, type TabsProps, type TabItem } from './components/Tabs';
export { Table, type TableProps, type TableColumn } from './components/Table';
export { Alert, type AlertProps, type AlertTone } from './components/Alert';
export { Pagination, pageWindow, type PaginationProps } from './components/Pagination';
export { Skeleton, type SkeletonProps } from './components/Skeleton';
export { SkipLink, type SkipLinkProps } from './components/SkipLink';
export { PageHeading, usePageHeadingFocus, type PageHeadingProps } from './components/PageHeading';
export { VisuallyHidden, type VisuallyHiddenProps } from './components/VisuallyHidden';
export { Stack, Cluster, type StackProps, type ClusterProps, type Space } from './components/Layout';
export { ServiceUnavailable, type ServiceUnavailableProps } from './components/ServiceUnavailable';
export { RequestError, type RequestErrorProps } from './components/RequestError';
export { LanguageNote, type LanguageNoteProps } from './components/LanguageNote';
export { LocalizedSpan, type LocalizedSpanProps } from './components/LocalizedSpan';
export { fieldErrorMessage, useFieldErrorMessage, FieldErrorText, type FieldErrorTextProps } from './components/FieldErrorText';
