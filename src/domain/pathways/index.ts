export * from './schema';
export * from './classify';
export * from './summary';
export { detectLanguage, type DescriptionLanguage, type Speaker } from './extract';
