/** Every Action.Execute verb of the coordination cards. A test checks each one has a handler. */
export const COORDINATION_VERBS = {
  create: 'coordination.create',
  prefill: 'coordination.prefill',
  accept: 'coordination.accept',
  decline: 'coordination.decline',
  addTask: 'coordination.addTask',
  completeTask: 'coordination.completeTask',
  addDecision: 'coordination.addDecision',
  setStatus: 'coordination.setStatus',
  setMeeting: 'coordination.setMeeting',
  close: 'coordination.close',
  requestJoin: 'coordination.requestJoin',
  approveJoin: 'coordination.approveJoin',
  rejectJoin: 'coordination.rejectJoin',
  assignTask: 'coordination.assignTask',
  proposeLead: 'coordination.proposeLead',
  acceptLead: 'coordination.acceptLead',
  declineLead: 'coordination.declineLead',
  removeParticipant: 'coordination.removeParticipant',
  review: 'coordination.review',
  setLegalBasis: 'coordination.setLegalBasis',
  withdrawConsent: 'coordination.withdrawConsent',
  refresh: 'coordination.refresh',
  open: 'coordination.open',
  myWork: 'coordination.myWork',
  purge: 'coordination.purge',
  journal: 'coordination.journal',
} as const;

export type CoordinationVerbName = keyof typeof COORDINATION_VERBS;
export type CoordinationVerb = (typeof COORDINATION_VERBS)[CoordinationVerbName];
export const ALL_COORDINATION_VERBS: readonly CoordinationVerb[] = Object.values(COORDINATION_VERBS);
