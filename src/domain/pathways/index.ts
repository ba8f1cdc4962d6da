export * from './schema';
export * from './classify';
export * from './summary';
export { detectDescriptionLanguage, type Speaker } from './extract';
export * from './safetyModel';
