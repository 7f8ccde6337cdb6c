export * from './help-request-reply';
