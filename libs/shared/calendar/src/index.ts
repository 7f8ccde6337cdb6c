export * from './dates';
export * from './holidays';
export * from './helsinki';
export * from './rrule';
export * from './slots';
export * from './deadlines';
