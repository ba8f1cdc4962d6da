import { common } from './common';
import { coordination } from './coordination';
import { knowledgeUpload } from './knowledgeUpload';
import { pathway } from './pathway';
import { policy } from './policy';
import { questions } from './questions';
import { updates } from './updates';

/** Every Danish user-facing text. One section per capability, each in its own file in this folder. */
export const da = {
  common,
  policy,
  pathway,
  coordination,
  updates,
  questions,
  knowledgeUpload,
};

export type Texts = typeof da;
