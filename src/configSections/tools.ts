/** The settings the command-line tools share with the bot (same names, same defaults). */
import { z } from 'zod';

/**
 * On: cross-validated on the blind dev halves (`npm run train:safety`), the model with risk cues
 * lifts duty-to-notify recall from 0.72 to 0.93 and acute recall from 0.72 to 0.92, while adding
 * at most a few false alarms on benign cases. Off leaves the rules alone.
 */
export const SAFETY_MODEL_DEFAULT = 'on';

export const toolFields = {
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATA_DIR: z.string().min(1).default('data'),
  KNOWLEDGE_DIR: z.string().min(1).default('knowledge'),
  CONFIG_DIR: z.string().min(1).default('config'),
  /** The statistical safety model beside the rules (config/safety-model.json). */
  SAFETY_MODEL: z.enum(['on', 'off'], { message: 'expected on or off' }).default(SAFETY_MODEL_DEFAULT),
};

export type LogLevel = z.infer<(typeof toolFields)['LOG_LEVEL']>;
