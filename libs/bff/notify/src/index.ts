// @luotsi/notify: the outbox, its relay and the channels (e-mail, SMS, in-portal messages).
export * from './outbox';
export * from './backoff';
export * from './channels';
export * from './relay';
export * from './render';
export * from './ics';
export * from './admin';
export * from './dev-mailbox';
