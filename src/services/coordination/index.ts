export * from './audit';
export * from './coordinationService';
export * from './reminderScheduler';
export * from './dailyDigest';
