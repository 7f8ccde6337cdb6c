export * from './localized';
export * from './model';
export * from './report';
export * from './epsg3067';
export * from './opening-hours';
export * from './contact-data';
export * from './ptv';
