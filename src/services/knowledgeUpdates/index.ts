export * from './delivery';
export * from './records';
export * from './retry';
export * from './scheduler';
export * from './service';
