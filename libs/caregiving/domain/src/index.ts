// Public API of @luotsi/caregiving-domain: pure fee rules and data, no side effects on import.
export * from './agreements';
export * from './agreement-lifecycle';
export * from './agreement-templates';
export * from './signing';
export * from './money';
export * from './months';
export * from './fee-tables';
export * from './pay-types';
export * from './interruptions';
export * from './fees';
export * from './days-off';
export * from './adjustments';
export * from './reimbursements';
export * from './payroll-export';
export * from './monthly-run';
export * from './statement';
export * from './reports';
