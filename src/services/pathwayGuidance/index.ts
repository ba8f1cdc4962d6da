export * from './pathwayGuidanceService';
