import { common } from './common';

/** Every Danish user-facing text. One section per capability, each in its own file in this folder. */
export const da = {
  common,
};

export type Texts = typeof da;
