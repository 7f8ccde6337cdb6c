export * from './manifest';
export * from './validate';
export * from './access';
export * from './metadata';
