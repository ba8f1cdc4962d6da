import type { QuestionErrorCode, TicketStatus } from '../../../domain/questions/ticket';

/** Danish texts for "Spørg en fagperson": escalation, the ticket card, answers and the review queue. */
export const questions = {
  escalate: {
    title: 'Spørg en fagperson',
    intro:
      'Jeg kan sende dit spørgsmål videre til kommunens videnansvarlige. Kun din faglige rolle følger med, ikke dit navn. Du får svaret her i chatten.',
    roleLabel: 'Din rolle',
    send: 'Send spørgsmålet videre',
    sent: (reference: string) =>
      `Dit spørgsmål er sendt videre til de videnansvarlige (${reference}). Du får svaret her i chatten. Skriv "mine spørgsmål" for at se dine åbne spørgsmål.`,
    nameWarning:
      'Dit spørgsmål ser ud til at indeholde et navn. Spørgsmål sendes til en kanal, hvor flere kan læse dem, så skriv det hellere igen uden navn. Vil du sende det alligevel?',
    sendAnyway: 'Send alligevel',
  },
  ticket: {
    title: (reference: string) => `Spørgsmål ${reference}`,
    askedBy: 'Stillet af',
    status: 'Status',
    history: 'Forløb',
    statusNames: {
      new: 'Nyt',
      assigned: 'Taget',
      answered: 'Besvaret',
      closed: 'Lukket',
    } as Record<TicketStatus, string>,
    assign: 'Jeg tager den',
    answerLabel: 'Svar',
    answerPlaceholder: 'Skriv svaret (ingen navne eller CPR-numre)',
    linkLabel: 'Link til et dokument (valgfrit, https)',
    knowledgeLabel: 'Vidensbase',
    addToKnowledge: 'Tilføj svaret til vidensbasen, så botten kan svare andre',
    sendAnswer: 'Send svar',
    close: 'Luk spørgsmålet',
    answerHeading: 'Svar',
    inKnowledge: 'Svaret er tilføjet til vidensbasen.',
    retracted: 'Svaret er trukket tilbage fra vidensbasen.',
    retract: 'Træk svaret tilbage fra vidensbasen',
    retractedNotice: 'Svaret er trukket tilbage fra vidensbasen. Botten bruger det ikke længere.',
  },
  answer: {
    intro: (role: string, date: string) => `Svar på dit spørgsmål fra en videnansvarlig (${role}, ${date}):`,
    yourQuestion: 'Dit spørgsmål:',
    link: 'Læs mere:',
  },
  queue: {
    title: 'Spørgsmålskø',
    unanswered: (total: number) => `Ubesvarede spørgsmål (${total}, de seneste 90 dage)`,
    none: 'Ingen ubesvarede spørgsmål.',
    count: (n: number) => (n === 1 ? '1 gang' : `${n} gange`),
    negative: 'Svar med negativ tilbagemelding',
    negativeNone: 'Ingen negative tilbagemeldinger med kommentar.',
    withoutComment: (n: number) => `${n} negative tilbagemeldinger uden kommentar.`,
    more: (n: number) => `… og ${n} grupper mere.`,
  },
  mine: {
    title: 'Mine spørgsmål',
    none: 'Du har ingen åbne spørgsmål hos de videnansvarlige.',
  },
  invalidCard:
    'Kortets data kunne ikke læses, så intet er ændret. Stil spørgsmålet igen, eller åbn kortet på ny.',
  errors: {
    NOT_FOUND: 'Jeg kan ikke finde det spørgsmål. Kortet er måske for gammelt: stil spørgsmålet igen.',
    ALREADY_ESCALATED: 'Spørgsmålet er allerede sendt videre. Du får svaret her i chatten.',
    CPR_IN_QUESTION:
      'Spørgsmålet indeholder et CPR-nummer og sendes ikke videre. Stil det igen uden CPR-nummer, fx med alder eller klassetrin.',
    EMPTY_QUESTION: 'Der er ikke noget spørgsmål at sende videre.',
    UNKNOWN_ROLE: 'Vælg din rolle på listen, før du sender spørgsmålet.',
    NOT_OWNER: 'Kun kommunens videnansvarlige kan gøre det.',
    TICKET_CLOSED: 'Spørgsmålet er lukket og kan ikke længere ændres.',
    ALREADY_ANSWERED: 'Spørgsmålet er allerede besvaret.',
    EMPTY_ANSWER: 'Skriv et svar, før du sender.',
    ANSWER_TOO_LONG: 'Svaret er for langt (højst 4.000 tegn).',
    CPR_IN_ANSWER: 'Svaret indeholder et CPR-nummer og er ikke sendt. Fjern nummeret og prøv igen.',
    INVALID_LINK: 'Linket skal være en fuld https-adresse, fx https://www.herning.dk/...',
    STALE_CARD: 'Spørgsmålet er ændret imens. Kortet er opdateret; prøv igen.',
    NO_QUESTIONS_CHANNEL:
      'Der er ikke sat en kanal op til spørgsmål endnu, så jeg kan ikke sende det videre. Spørg din leder.',
    ALREADY_RETRACTED: 'Svaret er allerede trukket tilbage.',
    ONE_TO_ONE_ONLY: 'Det kan kun gøres i din 1:1-chat med botten.',
  } as Record<QuestionErrorCode, string>,
};
