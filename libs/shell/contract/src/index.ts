export * from './manifest';
export * from './validate';
export * from './access';
