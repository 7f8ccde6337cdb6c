export * from './help-request-reply';
export * from './help-request';
export * from './reply-code';
export * from './statistics';
export * from './family-services';
