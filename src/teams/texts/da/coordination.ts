import { coordinationCard } from './coordinationCard';

/** Danish texts for the coordination capability (koordineringstråde). */
export const coordination = {
  statuses: {
    open: 'Åben',
    inProgress: 'I gang',
    waiting: 'Afventer',
    closed: 'Lukket',
  },
  pathways: {
    social: 'Herningmodel Social',
    dagtilbud: 'Herningmodel Dagtilbud',
    skolestart: 'Herningmodel Skolestart',
    skole: 'Herningmodel Skole',
    andet: 'Andet / ikke afklaret',
  },
  legalBases: {
    anonymous: 'Anonym drøftelse (ingen navne)',
    consent: 'Forældresamtykke',
    sameAuthority: 'Samme myndighed',
    ssp: 'SSP-samarbejde (retsplejelovens § 115)',
    boernehus: 'Børnehus-sag (Barnets Lov § 126)',
  },
  legalBasisNote: {
    anonymous:
      'Tråden er anonym: brug sagsnummer, alder eller klassetrin og initialer. Ingen navne, ingen CPR-numre, ingen følsomme familieoplysninger.',
    named:
      'Der er registreret et grundlag for at dele oplysninger. Del kun det, der er nødvendigt, og aldrig CPR-numre.',
  },
  participantStates: {
    invited: 'Inviteret',
    accepted: 'Deltager',
    declined: 'Har takket nej',
    requested: 'Anmoder om adgang',
  },
  form: {
    title: 'Ny koordineringstråd',
    intro:
      'Opret et fælles sted at koordinere en indsats for et barn. Skriv ikke navne eller CPR-numre: brug sagsnummer og alder eller klassetrin.',
    caseRef: 'Sagsnummer',
    ageOrGrade: 'Alder eller klassetrin',
    ageOrGradePlaceholder: 'F.eks. 4 år eller 6. klasse',
    pathway: 'Forløb',
    summary: 'Kort beskrivelse (uden navne)',
    summaryPlaceholder: 'Hvad drejer bekymringen sig om? Skriv kort og uden navne.',
    legalBasis: 'Grundlag for at dele oplysninger',
    consentScope: 'Ved samtykke: hvad må deles?',
    consentRecipients: 'Ved samtykke: med hvem?',
    ownerRole: 'Din rolle',
    participantsTitle: 'Deltagere',
    participantsHint:
      'Vælg en rolle og en kollega for hver deltager. Kan du ikke søge efter kolleger, så skriv deres mailadresse i stedet.',
    participantRole: (n: number) => `Rolle for deltager ${n}`,
    participantUser: (n: number) => `Deltager ${n}`,
    participantEmail: (n: number) => `Eller mailadresse for deltager ${n}`,
    pickPlaceholder: 'Søg efter en kollega',
    noRole: '(ingen)',
    placement: 'Hvor skal tråden ligge?',
    placementHere: 'Her i denne chat',
    meetingDate: 'Første møde: dato',
    meetingTime: 'Første møde: klokkeslæt',
    confirmNoNamesLabel: 'Navne i beskrivelsen',
    confirmNoNames: 'Jeg har tjekket: beskrivelsen indeholder ikke barnets eller familiens navne',
    submit: 'Opret tråd',
    nameWarning:
      'Beskrivelsen ser ud til at indeholde et fuldt navn. Fjern navnet, eller bekræft nedenfor at der ikke er tale om barnets eller familiens navn.',
    caseRefTaken: 'Sagsnummeret var allerede brugt, så du har fået et nyt. Tjek oplysningerne og opret igen.',
    prefillSent: 'Jeg har sendt en formular til en ny koordineringstråd herunder.',
    suggestedRolesHint:
      'Rollerne er foreslået ud fra forløbet. Vælg en kollega til hver rolle, eller sæt rollen til (ingen). En foreslået rolle uden kollega bliver sprunget over.',
    firstTasksTitle: 'Første opgaver',
    firstTasksIntro: (pathway: string) =>
      `Skabelonen for ${pathway} giver tråden disse opgaver fra start. Fristen regnes fra den dag, tråden oprettes.`,
    firstTaskLine: (title: string, role: string, days: number) =>
      `${title} (${role}, frist ${days === 0 ? 'samme dag' : days === 1 ? 'efter 1 dag' : `efter ${days} dage`})`,
    useFirstTasks: 'Opret forløbets første opgaver fra skabelonen',
    invalidSuggestions:
      'Forslagene på forløbskortet kunne ikke læses, så jeg har ikke åbnet en formular. Intet er ændret. Start igen fra forløbskortet, eller skriv **ny tråd**.',
  },
  fieldErrors: {
    caseRef: 'Sagsnummeret er ugyldigt. Åbn formularen igen med **ny tråd**.',
    ageOrGrade: 'Skriv alder eller klassetrin (højst 40 tegn).',
    pathway: 'Vælg et forløb.',
    summary: 'Skriv en kort beskrivelse (højst 500 tegn).',
    legalBasis: 'Vælg grundlaget for at dele oplysninger.',
    consentScope: 'Ved forældresamtykke skal du skrive, hvad samtykket omfatter.',
    consentRecipients: 'Ved forældresamtykke skal du skrive, hvem oplysningerne må deles med.',
    ownerRole: 'Vælg din egen rolle.',
    participants:
      'En deltager mangler rolle eller person, eller personen kunne ikke findes. Tjek deltagerlisten.',
    meeting: 'Mødetidspunktet er ugyldigt. Vælg både dato og klokkeslæt.',
    meetingLink:
      'Mødelinket skal være et Teams-link, der begynder med https://teams.microsoft.com/. Intet er ændret.',
    placement: 'Den valgte kanal findes ikke længere. Vælg et andet sted.',
    title: 'Skriv en titel på opgaven (højst 200 tegn).',
    text: 'Skriv beslutningen (højst 500 tegn).',
    outcome: 'Skriv et kort resultat (højst 500 tegn), før tråden lukkes.',
    due: 'Fristen er ikke en gyldig dato.',
    ownerId: 'Den valgte ansvarlige er ikke med i tråden.',
    newLead: 'Vælg en deltager, der har sagt ja til at deltage. Intet er ændret.',
    participant: 'Den valgte deltager er ikke med i tråden. Intet er ændret.',
    taskId: 'Opgaven findes ikke.',
    roleId: 'Vælg din rolle.',
    reviewDate:
      'Næste opfølgning skal ligge efter i dag og højst et år frem. Vælg en anden dato. Intet er ændret.',
    generic: 'Et felt var ikke udfyldt korrekt. Intet er ændret.',
  },
  card: coordinationCard,
  events: {
    created: 'oprettede tråden',
    accepted: 'sagde ja til at deltage',
    declined: 'takkede nej',
    taskAdded: 'tilføjede en opgave',
    taskAssigned: 'ændrede ansvarlig for en opgave',
    taskCompleted: 'markerede en opgave som udført',
    decisionAdded: 'tilføjede en beslutning',
    statusChanged: 'ændrede status',
    meetingSet: 'planlagde møde',
    closed: 'lukkede tråden',
    joinRequested: 'anmodede om adgang',
    joinApproved: 'godkendte en anmodning',
    joinRejected: 'afviste en anmodning',
    leadProposed: 'tilbød tovholderrollen til en deltager',
    leadAccepted: 'overtog tovholderrollen',
    leadDeclined: 'takkede nej til tovholderrollen',
    participantRemoved: 'fjernede en deltager',
    reviewContinued: 'holdt opfølgning: indsatsen fortsætter',
    reviewSteppedUp: 'holdt opfølgning: indsatsen optrappes',
    reviewSteppedDown: 'holdt opfølgning: indsatsen nedtrappes',
    legalBasisRecorded: 'registrerede grundlaget for at dele oplysninger',
    consentWithdrawn: 'registrerede, at samtykket er trukket tilbage',
  },
  notes: {
    stale:
      'Kortet var blevet opdateret af en anden, så din handling er ikke gemt. Her er den nyeste udgave: prøv igen.',
    futureVersion: 'Kortets data passer ikke med tråden, så intet er ændret. Her er den nyeste udgave.',
    notParticipant: 'Kun deltagere kan ændre tråden. Intet er ændret. Du kan anmode om adgang.',
    notPermitted: 'Det kan kun tovholderen gøre. Intet er ændret.',
    threadClosed: 'Tråden er lukket og kan ikke længere ændres.',
    invalidTransition: 'Den status kan tråden ikke skifte til herfra. Intet er ændret.',
    taskAlreadyDone: 'Opgaven var allerede markeret som udført.',
    limitReached: 'Tråden har nået det største antal opgaver, beslutninger eller deltagere.',
    alreadyParticipant: 'Du er allerede med i tråden.',
    handoverNotOffered: 'Tovholderrollen er ikke tilbudt dig, så du kan ikke overtage den. Intet er ændret.',
    handoverStale:
      'Tilbuddet om tovholderrollen er trukket tilbage eller erstattet af et nyt. Intet er ændret. Her er den nyeste udgave.',
    leadNotRemovable: 'Tovholderen kan ikke fjernes. Giv først tovholderrollen videre. Intet er ændret.',
    lastParticipant:
      'Den sidste deltager ud over tovholderen kan ikke fjernes. Luk tråden i stedet. Intet er ændret.',
    saved: 'Gemt.',
    consentWithdrawn: 'Din handling er ikke gemt.',
    noConsent: 'Der er ikke noget samtykke at trække tilbage. Intet er ændret.',
  },
  shared: {
    open: 'Vis sagen',
    requestJoin: 'Anmod om adgang',
    nextDate: 'Næste møde eller opfølgning',
    noDate: 'Ikke fastsat',
    participantCount: 'Deltagere',
    privacyNote:
      'Beskrivelse, opgaver, beslutninger og roller vises kun for sagens deltagere. Tryk på Vis sagen for at se din egen visning.',
    closedHeadline: 'Tråden er lukket. Deltagerne kan se resultatet med Vis sagen.',
    noAccess:
      'Du er ikke deltager i denne sag, så du ser kun sagsnummer, forløb og status. Anmod om adgang, hvis du skal deltage.',
    declined: 'Du har takket nej eller forladt sagen, så indholdet vises ikke. Du kan stadig sige ja.',
    requested: 'Din anmodning om adgang afventer tovholderen. Indholdet vises, når du er godkendt.',
    mentionFallback: 'kollega',
    consentWithdrawn:
      'Forældrenes samtykke er trukket tilbage, så kun tovholderen ser sagens indhold, indtil der er registreret et nyt grundlag for at dele oplysninger.',
  },
  myWork: {
    casesTitle: (count: number) => (count === 1 ? 'Din åbne sag' : `Dine åbne sager (${count})`),
    tasksTitle: (count: number) => (count === 1 ? 'Din åbne opgave' : `Dine åbne opgaver (${count})`),
    noCases: 'Du er ikke med i nogen åbne koordineringstråde.',
    noTasks: 'Du har ingen åbne opgaver i koordineringstrådene.',
    nextMeeting: 'Næste møde',
    youLead: 'Du er tovholder',
    youTakePart: 'Du deltager',
    tasksLine: (open: number, overdue: number) =>
      open === 0
        ? 'Ingen åbne opgaver til dig'
        : `${open === 1 ? '1 åben opgave' : `${open} åbne opgaver`} til dig${overdue > 0 ? `, heraf ${overdue} overskredet` : ''}`,
    noDue: 'Ingen frist',
    overdue: 'OVERSKREDET',
    openThread: 'Gå til tråden',
    previous: 'Forrige',
    nextPage: 'Næste',
    showTasks: 'Vis mine opgaver',
    showCases: 'Vis mine sager',
    pageLabel: (page: number, pages: number) => `Side ${page} af ${pages}`,
    personalOnly:
      'Skriv **mine sager** eller **mine opgaver** til mig i en 1:1-chat. Her i fællesskabet viser jeg ikke dine sager.',
  },
  threadUnavailable:
    'Kortet hører ikke til en sag, du kan åbne her, eller sagen er slettet. Intet er ændret.',
  threadDeleted:
    'Tråden findes ikke længere. Den kan være slettet efter kommunens slettefrister eller af en administrator.',
  createdInChannel: (caseRef: string, channel: string) =>
    `Tråden ${caseRef} er oprettet i kanalen "${channel}", og deltagerne er nævnt dér.`,
  channelIntro: (caseRef: string) => `Ny koordineringstråd ${caseRef}. Deltagere:`,
  channelMentionIntro: (caseRef: string) => `er med i koordineringstråd ${caseRef}.`,
  purged: (caseRef: string) => `Sagen ${caseRef} er slettet. Sletningen er logget.`,
  notAdmin: 'Kun administratorer kan slette en sag med det samme. Intet er ændret.',
  summary: {
    title: (caseRef: string) => `Tråd ${caseRef} er lukket`,
    outcome: 'Resultat',
    decisions: 'Beslutninger',
    openTasks: 'Åbne opgaver',
    noOpenTasks: 'Ingen åbne opgaver.',
    timeline: 'Forløb',
  },
  reminders: {
    taskTitle: 'Påmindelse: opgave med frist i dag',
    task: (title: string, due: string) => `Opgaven "${title}" har frist ${due}.`,
    taskShared: (due: string) =>
      `En opgave i tråden har frist ${due}. Den ansvarlige kan se opgaven med Vis sagen på trådens kort.`,
    meetingTitle: 'Påmindelse: møde',
    meeting: (when: string) => `Der er koordineringsmøde ${when}.`,
    caseRef: (caseRef: string) => `Tråd ${caseRef}`,
    reviewTitle: 'Påmindelse: opfølgning',
    review: (date: string) =>
      `Tråden skal have opfølgning ${date}. Tovholderen vælger på kortet, om indsatsen fortsætter, optrappes, nedtrappes eller lukkes.`,
  },
  journal: {
    cardTitle: (caseRef: string) => `Journalnotat for ${caseRef}`,
    cardIntro: 'Kopiér teksten nedenfor til sagens journal, eller gem den som fil. Udtrækket er logget.',
    markdownLabel: 'Journalnotat (Markdown)',
    fileDescription: (caseRef: string) => `Journalnotat for ${caseRef} (Markdown)`,
    sentToPersonal: 'Journalnotatet er sendt til din 1:1-chat med mig. Udtrækket er logget.',
    notAllowed: 'Kun tovholderen eller en administrator kan hente journalnotatet. Intet er udleveret.',
    noDirectChat: 'Jeg kunne ikke skrive til dig i 1:1-chatten. Skriv til mig der, og prøv igen.',
    uploaded: 'Journalnotatet er gemt som fil.',
    uploadFailed: 'Filen kunne ikke gemmes. Prøv igen fra journalnotatet.',
    declined: 'Filen blev ikke gemt.',
    heading: (caseRef: string) => `Journalnotat: koordineringstråd ${caseRef}`,
    exported: (when: string) => `Udtrukket ${when}`,
    legalBasis: 'Grundlag for at dele oplysninger',
    consentWithdrawn: (when: string) => `Samtykket blev trukket tilbage ${when}.`,
    participants: 'Deltagere efter rolle',
    timeline: 'Forløb',
    decisions: 'Beslutninger',
    tasks: 'Opgaver',
    outcome: 'Resultat',
    none: 'Ingen.',
    pending: 'Ikke lukket endnu.',
  },
  digest: {
    title: 'Dine opgaver i koordineringstrådene',
    intro: 'Dagens overblik: opgaver med overskredet frist og opgaver med frist inden for den næste uge.',
    overdue: (count: number) =>
      count === 1 ? '1 opgave med overskredet frist' : `${count} opgaver med overskredet frist`,
    dueSoon: (count: number) =>
      count === 1 ? '1 opgave med frist snart' : `${count} opgaver med frist snart`,
    more: (count: number) => `${count} flere vises ikke her. Tryk på Vis mine opgaver for hele listen.`,
  },
  review: {
    steppedUp:
      'Indsatsen er optrappet, og det er logget. Her er vejledningen for forløbet. Husk din pligt til at underrette, hvis der er grund til det.',
  },
  deliveryFailed:
    'Jeg kunne ikke oprette tråden i kanalen. Tjek at botten er tilføjet teamet, og prøv igen. Intet er gemt.',
};
