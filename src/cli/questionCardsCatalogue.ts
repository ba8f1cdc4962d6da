/**
 * The "Spørg en fagperson" cards for the card catalogue (`npm run cards` and the all-cards test),
 * with fictitious questions and every ticket state.
 */
import {
  answerTicket,
  assignTicket,
  closeTicket,
  type PendingQuestion,
  type QuestionTicket,
} from '../domain/questions/ticket';
import { groupBySimilarity } from '../domain/questions/similarity';
import type { FeedbackEntry } from '../services/feedback/feedbackService';
import {
  renderEscalateCard,
  renderMyQuestionsCard,
  renderQuestionNotice,
  renderQueueCard,
  renderTicketCard,
} from '../teams/cards/questions/questionCards';
import { textsFor } from '../teams/texts';
import type { CatalogueCard } from './cardCatalogue/catalogueCard';
import { createCardTemplates } from '../teams/cards/shared/cardTemplates';

const cardTemplates = createCardTemplates();

const NOW = Date.parse('2026-11-24T09:15:00Z');
const at = (minutes: number) => new Date(NOW + minutes * 60_000).toISOString();
const ROLES = [
  { id: 'laerer', name: 'Lærer' },
  { id: 'paedagog', name: 'Pædagog' },
  { id: 'sundhedsplejerske', name: 'Sundhedsplejerske' },
];

export function sampleTicket(overrides: Partial<QuestionTicket> = {}): QuestionTicket {
  return {
    id: '20261124T091500000Z-5f0c',
    reference: 'SP-4K7Q2',
    question: 'Hvordan bestiller jeg en tolk til en forældresamtale?',
    questionKey: 'bestil forældresamtal tolk',
    askerRole: 'Lærer',
    language: 'da',
    asker: { userId: 'u', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversationId: 'a:1' },
    pendingId: 'p',
    status: 'new',
    events: [{ status: 'new', byRole: 'Lærer', at: at(0) }],
    createdAt: at(0),
    version: 1,
    ...overrides,
  };
}

/**
 * `count` unanswered questions, as the review queue would hold them: a few hundred distinct
 * questions (an action on an object), each asked a few times in slightly different words.
 */
export function samplePendingQuestions(count: number): PendingQuestion[] {
  const actions = [
    'Hvordan bestiller jeg',
    'Hvem godkender',
    'Hvor finder jeg skemaet til',
    'Hvad koster',
    'Hvem betaler for',
    'Hvornår skal vi søge om',
    'Må vi selv aftale',
    'Hvem kontakter jeg om',
  ];
  const objects = [
    'tolk til en forældresamtale',
    'lejrskole i udskolingen',
    'befordring af elever',
    'skolefoto',
    'vikar ved kursus',
    'svømmeundervisning',
    'ekstra rengøring',
    'hjælpemidler til en elev',
    'madordning i SFO',
    'førstehjælpskursus',
    'legepladsinspektion',
    'it-udstyr til nye elever',
    'ekskursion med bus',
    'forældremøde om aftenen',
    'sprogvurdering',
    'lektiecafé',
    'brobygning',
    'inklusionsmidler',
    'udflugt til zoo',
    'nøglebrikker',
    'kopipapir',
    'musikinstrumenter',
    'arbejdsskade',
    'sygefravær',
    'tavleundervisning',
  ];
  const endings = ['?', ' i år?', ' for en klasse?', '? Tak'];
  return Array.from({ length: count }, (_, i) => {
    const action = actions[i % actions.length]!;
    const object = objects[Math.floor(i / actions.length) % objects.length]!;
    return {
      id: `p-${i}`,
      question: `${action} ${object}${endings[Math.floor(i / (actions.length * objects.length)) % endings.length]}`,
      containedCpr: false,
      language: 'da' as const,
      askedAt: at(-i),
    };
  });
}

export function questionCards(): CatalogueCard[] {
  const da = textsFor('da').questions;
  const en = textsFor('en').questions;
  const fresh = sampleTicket();
  const assigned = assignTicket(fresh, 'PPR-leder', at(30));
  return [
    ...escalateCards(da, en),
    ...ticketCards(da, fresh, assigned),
    queueCard(da),
    {
      name: 'questions-mine',
      template: 'questions/listCard.json',
      renderer: 'renderMyQuestionsCard',
      card: renderMyQuestionsCard(cardTemplates, da, [assigned, fresh]),
    },
    {
      name: 'questions-mine-empty-english',
      template: 'questions/listCard.json',
      renderer: 'renderMyQuestionsCard',
      card: renderMyQuestionsCard(cardTemplates, en, []),
    },
  ];
}

type QuestionTexts = ReturnType<typeof textsFor>['questions'];

function escalateCards(da: QuestionTexts, en: QuestionTexts): CatalogueCard[] {
  return [
    {
      name: 'questions-escalate',
      template: 'questions/escalateCard.json',
      renderer: 'renderEscalateCard',
      card: renderEscalateCard(cardTemplates, da, { questionId: 'p-1', roles: ROLES }),
    },
    {
      name: 'questions-escalate-name-warning',
      template: 'questions/escalateCard.json',
      renderer: 'renderEscalateCard',
      card: renderEscalateCard(cardTemplates, da, {
        questionId: 'p-1',
        roles: ROLES,
        warning: da.escalate.nameWarning,
        selectedRole: 'laerer',
        confirmName: true,
      }),
    },
    {
      name: 'questions-escalate-english',
      template: 'questions/escalateCard.json',
      renderer: 'renderEscalateCard',
      card: renderEscalateCard(cardTemplates, en, { questionId: 'p-1', roles: ROLES }),
    },
    {
      name: 'questions-notice-sent',
      template: 'questions/noticeCard.json',
      renderer: 'renderQuestionNotice',
      card: renderQuestionNotice(cardTemplates, da.escalate.sent('SP-4K7Q2')),
    },
  ];
}

/** The knowledge owners' ticket in every state: new, assigned, answered, retracted, closed. */
function ticketCards(da: QuestionTexts, fresh: QuestionTicket, assigned: QuestionTicket): CatalogueCard[] {
  const answered = answerTicket(assigned, {
    text: 'Tolk bestilles hos Tolkeservice på intranettet senest fem hverdage før samtalen.',
    link: 'https://www.herning.dk/tolk',
    byRole: 'PPR-leder',
    at: at(90),
    knowledgeEntryId: 'k-1',
  });
  const retracted: QuestionTicket = {
    ...answered,
    answer: { ...answered.answer!, knowledgeRetractedAt: at(200) },
  };
  const closed = closeTicket(answered, 'PPR-leder', at(300));
  const ticket = (name: string, t: QuestionTicket): CatalogueCard => ({
    name: `questions-ticket-${name}`,
    template: 'questions/ticketCard.json',
    renderer: 'renderTicketCard',
    card: renderTicketCard(cardTemplates, da, t),
  });
  return [
    ticket('new', fresh),
    ticket('assigned', assigned),
    ticket('answered', answered),
    ticket('retracted', retracted),
    ticket('closed', closed),
  ];
}

/** `spørgsmålskø`: unanswered questions and negative feedback, grouped by similarity. */
function queueCard(da: QuestionTexts): CatalogueCard {
  const pending = samplePendingQuestions(60);
  const dislikes: FeedbackEntry[] = [
    'Svaret handlede om noget andet',
    'Svaret handlede om noget helt andet',
    'Mangler regler for skolefoto',
  ].map((comment, i) => ({
    id: `f-${i}`,
    reaction: 'dislike' as const,
    comment,
    conversationType: 'personal' as const,
    channel: 'feedbackLoop' as const,
    timestamp: at(-i),
  }));
  return {
    name: 'questions-queue',
    template: 'questions/listCard.json',
    renderer: 'renderQueueCard',
    card: renderQueueCard(cardTemplates, da, {
      unanswered: groupBySimilarity(pending, (p) => p.question),
      unansweredTotal: pending.length,
      negativeFeedback: groupBySimilarity(dislikes, (f) => f.comment ?? ''),
      negativeWithoutComment: 4,
    }),
  };
}
