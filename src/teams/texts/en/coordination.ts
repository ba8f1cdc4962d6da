import type { coordination as da } from '../da/coordination';
import { coordinationCard } from './coordinationCard';

/**
 * English texts for coordination threads, for users whose Teams language is English. Each user's
 * own view and replies follow their own locale; what is posted in the shared conversation follows
 * the locale of the person who created the thread.
 */
export const coordination: typeof da = {
  statuses: {
    open: 'Open',
    inProgress: 'In progress',
    waiting: 'Waiting',
    closed: 'Closed',
  },
  pathways: {
    social: 'Herningmodel Social',
    dagtilbud: 'Herningmodel Daycare',
    skolestart: 'Herningmodel School Start',
    skole: 'Herningmodel School',
    andet: 'Other / not yet clear',
  },
  legalBases: {
    anonymous: 'Anonymous discussion (no names)',
    consent: "Parents' consent",
    sameAuthority: 'Same authority',
    ssp: 'SSP cooperation (Administration of Justice Act § 115)',
    boernehus: "Children's house case (Barnets Lov § 126)",
  },
  legalBasisNote: {
    anonymous:
      'The thread is anonymous: use the case number, age or grade and initials. No names, no CPR numbers, no sensitive family details.',
    named:
      'A basis for sharing information has been recorded. Share only what is necessary, and never CPR numbers.',
  },
  participantStates: {
    invited: 'Invited',
    accepted: 'Taking part',
    declined: 'Has declined',
    requested: 'Asking to join',
  },
  form: {
    title: 'New coordination thread',
    intro:
      'Create a shared place to coordinate support for a child. Do not write names or CPR numbers: use the case number and age or grade.',
    caseRef: 'Case number',
    ageOrGrade: 'Age or grade',
    ageOrGradePlaceholder: 'E.g. 4 years or grade 6',
    pathway: 'Pathway',
    summary: 'Short description (no names)',
    summaryPlaceholder: 'What is the concern about? Keep it short and without names.',
    legalBasis: 'Basis for sharing information',
    consentScope: 'With consent: what may be shared?',
    consentRecipients: 'With consent: with whom?',
    ownerRole: 'Your role',
    participantsTitle: 'Participants',
    participantsHint:
      'Choose a role and a colleague for each participant. If you cannot search for colleagues, type their e-mail address instead.',
    participantRole: (n: number) => `Role of participant ${n}`,
    participantUser: (n: number) => `Participant ${n}`,
    participantEmail: (n: number) => `Or e-mail address of participant ${n}`,
    pickPlaceholder: 'Search for a colleague',
    noRole: '(none)',
    placement: 'Where should the thread be?',
    placementHere: 'Here in this chat',
    meetingDate: 'First meeting: date',
    meetingTime: 'First meeting: time',
    confirmNoNamesLabel: 'Names in the description',
    confirmNoNames: "I have checked: the description does not contain the child's or the family's names",
    submit: 'Create thread',
    nameWarning:
      "The description seems to contain a full name. Remove the name, or confirm below that it is not the child's or the family's name.",
    caseRefTaken:
      'That case number had already been used, so you have a new one. Check the details and create again.',
    prefillSent: 'I have sent a form for a new coordination thread below.',
    suggestedRolesHint:
      'The roles are suggested from the pathway. Choose a colleague for each role, or set the role to (none). A suggested role without a colleague is skipped.',
    firstTasksTitle: 'First tasks',
    firstTasksIntro: (pathway: string) =>
      `The template for ${pathway} gives the thread these tasks from the start. Due dates count from the day the thread is created.`,
    firstTaskLine: (title: string, role: string, days: number) =>
      `${title} (${role}, due ${days === 0 ? 'the same day' : days === 1 ? 'after 1 day' : `after ${days} days`})`,
    useFirstTasks: "Create the pathway's first tasks from the template",
    invalidSuggestions:
      'The suggestions on the pathway card could not be read, so I have not opened a form. Nothing was changed. Start again from the pathway card, or write **new thread**.',
  },
  fieldErrors: {
    caseRef: 'The case number is not valid. Open the form again with **new thread**.',
    ageOrGrade: 'Write the age or grade (at most 40 characters).',
    pathway: 'Choose a pathway.',
    summary: 'Write a short description (at most 500 characters).',
    legalBasis: 'Choose the basis for sharing information.',
    consentScope: "With parents' consent you must write what the consent covers.",
    consentRecipients: "With parents' consent you must write who the information may be shared with.",
    ownerRole: 'Choose your own role.',
    participants:
      'A participant is missing a role or a person, or the person could not be found. Check the list of participants.',
    meeting: 'The meeting time is not valid. Choose both a date and a time.',
    meetingLink:
      'The meeting link must be a Teams link starting with https://teams.microsoft.com/. Nothing was changed.',
    placement: 'The chosen channel no longer exists. Choose another place.',
    title: 'Write a title for the task (at most 200 characters).',
    text: 'Write the decision (at most 500 characters).',
    outcome: 'Write a short outcome (at most 500 characters) before the thread is closed.',
    due: 'The due date is not a valid date.',
    ownerId: 'The chosen owner is not in the thread.',
    newLead: 'Choose a participant who has agreed to take part. Nothing was changed.',
    participant: 'The chosen participant is not in the thread. Nothing was changed.',
    taskId: 'The task does not exist.',
    roleId: 'Choose your role.',
    reviewDate:
      'The next review must be after today and at most a year ahead. Choose another date. Nothing was changed.',
    generic: 'A field was not filled in correctly. Nothing was changed.',
  },
  card: coordinationCard,
  events: {
    created: 'created the thread',
    accepted: 'agreed to take part',
    declined: 'declined',
    taskAdded: 'added a task',
    taskAssigned: 'changed the owner of a task',
    taskCompleted: 'marked a task as done',
    decisionAdded: 'added a decision',
    statusChanged: 'changed the status',
    meetingSet: 'planned a meeting',
    closed: 'closed the thread',
    joinRequested: 'asked to join',
    joinApproved: 'approved a request',
    joinRejected: 'rejected a request',
    leadProposed: 'offered the lead role to a participant',
    leadAccepted: 'took over the lead role',
    leadDeclined: 'declined the lead role',
    participantRemoved: 'removed a participant',
    reviewContinued: 'held a review: the support continues',
    reviewSteppedUp: 'held a review: the support is stepped up',
    reviewSteppedDown: 'held a review: the support is stepped down',
    legalBasisRecorded: 'recorded the basis for sharing information',
    consentWithdrawn: 'recorded that consent was withdrawn',
  },
  notes: {
    stale:
      'Someone else had updated the card, so your action was not saved. Here is the latest version: please try again.',
    futureVersion:
      'The card data does not match the thread, so nothing was changed. Here is the latest version.',
    notParticipant: 'Only participants can change the thread. Nothing was changed. You can ask to join.',
    notPermitted: 'Only the lead can do that. Nothing was changed.',
    threadClosed: 'The thread is closed and can no longer be changed.',
    invalidTransition: 'The thread cannot change to that status from here. Nothing was changed.',
    taskAlreadyDone: 'The task was already marked as done.',
    limitReached: 'The thread has reached the largest number of tasks, decisions or participants.',
    alreadyParticipant: 'You are already in the thread.',
    handoverNotOffered:
      'The lead role has not been offered to you, so you cannot take it over. Nothing was changed.',
    handoverStale:
      'The offer of the lead role has been withdrawn or replaced by a new one. Nothing was changed. Here is the latest version.',
    leadNotRemovable: 'The lead cannot be removed. Hand over the lead role first. Nothing was changed.',
    lastParticipant:
      'The last participant besides the lead cannot be removed. Close the thread instead. Nothing was changed.',
    saved: 'Saved.',
    consentWithdrawn: 'Your action was not saved.',
    noConsent: 'There is no consent to withdraw. Nothing was changed.',
  },
  shared: {
    open: 'Show the case',
    requestJoin: 'Ask to join',
    nextDate: 'Next meeting or review',
    noDate: 'Not set',
    participantCount: 'Participants',
    privacyNote:
      'Description, tasks, decisions and roles are shown only to the participants of the case. Select Show the case to see your own view.',
    closedHeadline: 'The thread is closed. Participants can see the outcome with Show the case.',
    noAccess:
      'You are not a participant in this case, so you see only the case number, pathway and status. Ask to join if you need to take part.',
    declined: 'You have declined or left the case, so the content is not shown. You can still say yes.',
    requested: 'Your request to join is waiting for the lead. The content is shown once you are approved.',
    mentionFallback: 'colleague',
    consentWithdrawn:
      "The parents' consent has been withdrawn, so only the lead sees the content of the case until a new basis for sharing information is recorded.",
  },
  myWork: {
    casesTitle: (count: number) => (count === 1 ? 'Your open case' : `Your open cases (${count})`),
    tasksTitle: (count: number) => (count === 1 ? 'Your open task' : `Your open tasks (${count})`),
    noCases: 'You are not in any open coordination threads.',
    noTasks: 'You have no open tasks in the coordination threads.',
    nextMeeting: 'Next meeting',
    youLead: 'You are the lead',
    youTakePart: 'You take part',
    tasksLine: (open: number, overdue: number) =>
      open === 0
        ? 'No open tasks for you'
        : `${open === 1 ? '1 open task' : `${open} open tasks`} for you${overdue > 0 ? `, ${overdue} of them overdue` : ''}`,
    noDue: 'No due date',
    overdue: 'OVERDUE',
    openThread: 'Go to the thread',
    previous: 'Previous',
    nextPage: 'Next',
    showTasks: 'Show my tasks',
    showCases: 'Show my cases',
    pageLabel: (page: number, pages: number) => `Page ${page} of ${pages}`,
    personalOnly:
      'Write **my cases** or **my tasks** to me in a 1:1 chat. I do not show your cases here in a shared conversation.',
  },
  threadUnavailable:
    'The card does not belong to a case you can open here, or the case has been deleted. Nothing was changed.',
  threadDeleted:
    "The thread no longer exists. It may have been deleted under the municipality's retention rules or by an administrator.",
  createdInChannel: (caseRef: string, channel: string) =>
    `The thread ${caseRef} has been created in the channel "${channel}", and the participants are mentioned there.`,
  channelIntro: (caseRef: string) => `New coordination thread ${caseRef}. Participants:`,
  channelMentionIntro: (caseRef: string) => `is in coordination thread ${caseRef}.`,
  purged: (caseRef: string) => `The case ${caseRef} has been deleted. The deletion is logged.`,
  notAdmin: 'Only administrators can delete a case straight away. Nothing was changed.',
  summary: {
    title: (caseRef: string) => `Thread ${caseRef} is closed`,
    outcome: 'Outcome',
    decisions: 'Decisions',
    openTasks: 'Open tasks',
    noOpenTasks: 'No open tasks.',
    timeline: 'Timeline',
  },
  reminders: {
    taskTitle: 'Reminder: task due today',
    task: (title: string, due: string) => `The task "${title}" is due ${due}.`,
    taskShared: (due: string) =>
      `A task in the thread is due ${due}. The owner can see the task with Show the case on the thread's card.`,
    meetingTitle: 'Reminder: meeting',
    meeting: (when: string) => `There is a coordination meeting ${when}.`,
    caseRef: (caseRef: string) => `Thread ${caseRef}`,
    reviewTitle: 'Reminder: review',
    review: (date: string) =>
      `The thread is due for review on ${date}. The lead chooses on the card whether the support continues, is stepped up, stepped down or closed.`,
  },
  journal: {
    cardTitle: (caseRef: string) => `Case record note for ${caseRef}`,
    cardIntro: 'Copy the text below into the case record, or save it as a file. The export is logged.',
    markdownLabel: 'Case record note (Markdown)',
    fileDescription: (caseRef: string) => `Case record note for ${caseRef} (Markdown)`,
    sentToPersonal: 'The case record note has been sent to your 1:1 chat with me. The export is logged.',
    notAllowed: 'Only the lead or an administrator can get the case record note. Nothing was handed out.',
    noDirectChat: 'I could not write to you in the 1:1 chat. Write to me there and try again.',
    uploaded: 'The case record note has been saved as a file.',
    uploadFailed: 'The file could not be saved. Try again from the case record note.',
    declined: 'The file was not saved.',
    heading: (caseRef: string) => `Case record note: coordination thread ${caseRef}`,
    exported: (when: string) => `Exported ${when}`,
    legalBasis: 'Basis for sharing information',
    consentWithdrawn: (when: string) => `Consent was withdrawn on ${when}.`,
    participants: 'Participants by role',
    timeline: 'Timeline',
    decisions: 'Decisions',
    tasks: 'Tasks',
    outcome: 'Outcome',
    none: 'None.',
    pending: 'Not closed yet.',
  },
  digest: {
    title: 'Your tasks in the coordination threads',
    intro: "Today's overview: tasks past their due date and tasks due within the next week.",
    overdue: (count: number) =>
      count === 1 ? '1 task past its due date' : `${count} tasks past their due date`,
    dueSoon: (count: number) => (count === 1 ? '1 task due soon' : `${count} tasks due soon`),
    more: (count: number) => `${count} more are not shown here. Select Show my tasks for the whole list.`,
  },
  review: {
    steppedUp:
      'The support has been stepped up, and this is logged. Here is the guidance for the pathway. Remember your duty to notify if there is reason to.',
  },
  deliveryFailed:
    'I could not create the thread in the channel. Check that the bot has been added to the team, and try again. Nothing was saved.',
};
