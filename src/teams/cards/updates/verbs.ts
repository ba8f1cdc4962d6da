/** Every Action.Execute verb of the knowledge-update cards. A test checks each one has a handler. */
export const UPDATES_VERBS = {
  compose: 'updates.compose',
  save: 'updates.save',
  preview: 'updates.preview',
  publish: 'updates.publish',
  open: 'updates.open',
  delete: 'updates.delete',
  list: 'updates.list',
  saveEdit: 'updates.saveEdit',
  retract: 'updates.retract',
  retractConfirm: 'updates.retractConfirm',
  ack: 'updates.ack',
  refresh: 'updates.refresh',
  export: 'updates.export',
  resend: 'updates.resend',
} as const;

export type UpdatesVerbName = keyof typeof UPDATES_VERBS;
export type UpdatesVerb = (typeof UPDATES_VERBS)[UpdatesVerbName];
export const ALL_UPDATES_VERBS: readonly UpdatesVerb[] = Object.values(UPDATES_VERBS);
