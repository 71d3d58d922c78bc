export * from './event-types';
export * from './outbox-event';
export * from './outbox-relay';
