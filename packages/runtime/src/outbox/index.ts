export * from './event-types';
export * from './outbox-event';
export * from './outbox-relay';
export * from './guarded-client';
