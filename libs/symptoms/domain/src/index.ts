export * from './care-guarantee';
export * from './queue';
export * from './queue-input';
