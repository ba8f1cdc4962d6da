/** Danish texts for the knowledge-sharing updates capability (videndeling). */
export const updates = {
  refusals: {
    notPublisher:
      'Videndeling er for ledere, der er sat op som afsendere (skoleledere, dagtilbudsledere, centerchefer m.fl.). Du står ikke på listen, så intet er sendt eller ændret. Kontakt din leder eller kommunens Teams-administrator, hvis du mener, du skal kunne sende.',
    personalOnly:
      'Skriv **videndeling** til mig i en 1:1-chat. Så kan kun du se dine kladder, indtil du udgiver.',
  },
  compose: {
    titleNew: 'Ny videndeling',
    titleEdit: 'Redigér kladde',
    titlePublishedEdit: 'Redigér udgivet opdatering',
    intro:
      'Del en ny praksis, en ændret procedure, et kursus eller et resultat. Du kan gemme som kladde og se en forhåndsvisning, før du udgiver.',
    publishedEditNote:
      'Ændringerne vises i alle kanaler, der har fået opdateringen. Modtagere og sendetidspunkt kan ikke ændres efter udgivelse.',
    titleLabel: 'Overskrift',
    titlePlaceholder: 'Kort og konkret, fx "Ny skabelon til overleveringsmøder"',
    titleRequired: 'Skriv en overskrift.',
    bodyLabel: 'Tekst',
    bodyPlaceholder: 'Skriv opdateringen. Du kan bruge **fed**, _kursiv_, punktlister og links.',
    bodyRequired: 'Skriv en tekst.',
    tagsLabel: 'Temaer fra Børne- og Ungepolitikken og Meningsfulde Fællesskaber',
    audienceLabel: 'Modtagere (kanaler)',
    audienceRequired: 'Vælg mindst én kanal.',
    audienceFixed: (names: string) => `Modtagere: ${names}`,
    linkLabel: 'Link (valgfrit)',
    linkPlaceholder: 'https://...',
    knowledgeBaseHeading: 'Vidensbase',
    knowledgeBaseLabel: 'Tilføj til vidensbasen, så assistenten kan henvise til den i sine svar',
    sendTimeLabel: 'Sendetidspunkt (valgfrit, dansk tid). Tomt = sendes, når du trykker Udgiv.',
    sendDateField: 'Dato',
    sendClockField: 'Klokkeslæt',
    save: 'Gem kladde',
    preview: 'Forhåndsvis',
    publish: 'Udgiv',
    saveEdit: 'Gem ændringer',
    myUpdates: 'Mine opdateringer',
  },
  post: {
    by: (role: string, unit: string, date: string) => `${role}, ${unit} · ${date}`,
    edited: (date: string) => `Redigeret ${date}`,
    readMore: 'Åbn link',
    acknowledge: 'Læst og forstået',
    count: (n: number) =>
      n === 0
        ? 'Ingen har markeret "Læst og forstået" endnu.'
        : n === 1
          ? '1 har markeret "Læst og forstået".'
          : `${n} har markeret "Læst og forstået".`,
    youAcknowledged: (date: string) => `✓ Du markerede "Læst og forstået" ${date}.`,
    alreadyAcknowledged: (date: string) => `Du havde allerede markeret "Læst og forstået" ${date}.`,
    inKnowledgeBase: 'Indgår i assistentens vidensbase.',
    authorOnly: 'Kun synligt for dig som afsender',
    whoAcknowledged: 'Har markeret "Læst og forstået":',
    nobodyYet: 'Ingen endnu.',
    andMore: (n: number) => `... og ${n} mere. Hele listen får du med Eksportér.`,
    export: 'Eksportér liste (CSV)',
    edit: 'Redigér',
    retract: 'Træk tilbage',
    refresh: 'Opdatér',
    more: 'Flere handlinger',
    resend: 'Send igen til uvisse kanaler',
    delivery: (delivered: number, total: number) => `Leveret i ${delivered} af ${total} kanaler.`,
    deliveryPending: (n: number) => `${n} kanaler er stadig i kø; tryk Opdatér om lidt.`,
    deliveryFailed: (names: string) =>
      `Kunne ikke leveres til: ${names}. Kontakt IT, hvis fejlen bliver ved.`,
    deliveryUnconfirmed: (names: string) =>
      `Uvist om levering (afbrudt undervejs, sendes ikke igen for at undgå dubletter): ${names}. Tjek kanalen.`,
    previewBanner: 'Forhåndsvisning: kun du kan se dette kort. Sådan ser opdateringen ud i kanalerne.',
    scheduledFor: (date: string) => `Planlagt til udsendelse ${date}.`,
    notScheduled: 'Sendes, når du trykker Udgiv.',
    audience: (names: string) => `Modtagere: ${names}`,
    delete: 'Slet kladde',
  },
  withdrawn: {
    title: 'Opdateringen er trukket tilbage',
    text: (role: string, unit: string, date: string) =>
      `${role}, ${unit} har trukket opdateringen tilbage ${date}. Indholdet er fjernet og indgår ikke længere i assistentens svar.`,
  },
  list: {
    title: 'Mine opdateringer',
    empty: 'Du har ingen kladder eller opdateringer endnu.',
    newUpdate: 'Ny opdatering',
    status: {
      draft: 'Kladde',
      scheduled: 'Planlagt',
      published: 'Udgivet',
      retracted: 'Trukket tilbage',
    },
    line: (status: string, date: string) => `${status} · ${date}`,
    open: 'Åbn',
  },
  report: {
    title: (title: string) => `Udsendelse færdig: ${title}`,
    allDelivered: (total: number) =>
      total === 1 ? 'Opdateringen er leveret i kanalen.' : `Opdateringen er leveret i alle ${total} kanaler.`,
    show: 'Vis opdateringen',
  },
  confirmRetract: {
    title: 'Træk opdateringen tilbage?',
    text: (title: string, channels: number) =>
      `"${title}" erstattes i ${channels} kanaler af en besked om, at den er trukket tilbage, og fjernes fra assistentens vidensbase. Det kan ikke fortrydes.`,
    confirm: 'Ja, træk tilbage',
    cancel: 'Annullér',
  },
  export: {
    title: (title: string) => `Læst og forstået: ${title}`,
    summary: (n: number) => (n === 1 ? '1 person har markeret.' : `${n} personer har markeret.`),
    howTo: 'Markér teksten, kopiér den og indsæt i Excel (Data > Tekst til kolonner, komma som skilletegn).',
    page: (page: number, pages: number) => `Side ${page} af ${pages}`,
    next: 'Næste side',
    back: 'Tilbage til opdateringen',
    headers: {
      name: 'Navn',
      upn: 'Bruger (UPN eller objekt-id)',
      time: 'Tidspunkt (dansk tid)',
      version: 'Version',
    },
  },
  notices: {
    saved: 'Kladden er gemt.',
    deleted: 'Kladden er slettet.',
    published: (channels: number) =>
      `Opdateringen er udgivet og er på vej til ${channels} ${channels === 1 ? 'kanal' : 'kanaler'}. Tryk Opdatér for at se leveringen.`,
    scheduled: (date: string) =>
      `Opdateringen er planlagt og sendes ${date}. Du kan stadig redigere den som kladde.`,
    edited: 'Ændringerne er gemt og opdateres i alle kanaler.',
    retracted: 'Opdateringen er trukket tilbage i alle kanaler.',
    resent: (channels: number) =>
      channels === 0
        ? 'Der var ingen kanaler med uvis levering.'
        : `Opdateringen sendes igen til ${channels} ${channels === 1 ? 'kanal' : 'kanaler'}. Du får besked, når det er gjort.`,
  },
  errors: {
    EMPTY_TITLE: 'Skriv en overskrift. Intet er gemt.',
    TITLE_TOO_LONG: (max: number) => `Overskriften må højst være ${max} tegn. Intet er gemt.`,
    EMPTY_BODY: 'Skriv en tekst til opdateringen. Intet er gemt.',
    BODY_TOO_LARGE: (maxKb: number) =>
      `Teksten er for lang til en Teams-besked (højst ca. ${maxKb} KB; æ, ø og å tæller dobbelt). Forkort den, eller læg det lange indhold bag et link. Intet er gemt.`,
    CPR_IN_CONTENT:
      'Teksten ser ud til at indeholde et CPR-nummer. CPR-numre må ikke deles i videndeling. Fjern det og prøv igen. Intet er gemt.',
    UNKNOWN_TAG: 'Et af de valgte temaer findes ikke. Vælg temaerne igen. Intet er gemt.',
    NO_AUDIENCE: 'Vælg mindst én kanal, som opdateringen skal sendes til. Intet er gemt.',
    UNKNOWN_AUDIENCE:
      'En af de valgte kanaler findes ikke længere i opsætningen. Vælg modtagerne igen. Intet er gemt.',
    INVALID_LINK: 'Linket skal være en fuld webadresse, der begynder med https://. Intet er gemt.',
    INVALID_SEND_TIME:
      'Sendetidspunktet kunne ikke læses. Udfyld både dato og klokkeslæt, eller lad begge stå tomme.',
    SEND_TIME_IN_PAST:
      'Sendetidspunktet ligger i fortiden. Vælg et senere tidspunkt, eller lad feltet stå tomt. Intet er gemt.',
    SEND_TIME_TOO_FAR: 'Sendetidspunktet ligger mere end et år ude i fremtiden. Intet er gemt.',
    NOT_PUBLISHER:
      'Kun ledere, der er sat op som afsendere, kan oprette, udgive og ændre videndeling. Intet er ændret.',
    NOT_AUTHOR: 'Kun den leder, der skrev opdateringen, kan gøre det. Intet er ændret.',
    NOT_FOUND: 'Opdateringen findes ikke (måske er kladden slettet). Intet er ændret.',
    STALE_VERSION:
      'Kortet er forældet: opdateringen er ændret siden. Intet er ændret. Åbn den igen fra "Mine opdateringer".',
    INVALID_TRANSITION: 'Det kan ikke lade sig gøre i opdateringens nuværende tilstand. Intet er ændret.',
    POST_RETRACTED:
      'Opdateringen er trukket tilbage, så den kan ikke markeres eller ændres. Intet er ændret.',
    NOT_PUBLISHED: 'Opdateringen er ikke udgivet endnu, så den kan ikke markeres som læst.',
  },
};
