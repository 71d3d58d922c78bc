export * from './templates';
export * from './email';
export * from './reminder-sent';
export * from './account-emails';
