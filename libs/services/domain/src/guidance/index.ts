export * from './guidance';
export * from './messages';
export * from './referral';
