export * from './acknowledgements';
export * from './audiences';
export * from './errors';
export * from './post';
export * from './publishers';
export * from './themes';
export * from './time';
