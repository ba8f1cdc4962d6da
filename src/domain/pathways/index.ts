export * from './schema';
export * from './classification';
export * from './tuning';
export * from './classify';
export * from './summary';
export { type Speaker } from './speaker';
export { detectDescriptionLanguage } from './descriptionLanguage';
export * from './safetyModel';
export { warmUpClassifier } from './warmUp';
