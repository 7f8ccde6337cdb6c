export * from './query';
export * from './cursor';
export * from './distance';
export * from './facets';
export * from './suggest';
