/**
 * Everyday phrasings of a need the documents name in one word of their own, rewritten as that word
 * before the question is searched: one-way, unlike a synonym group, so that the documents' word
 * does not bring the everyday words into every question that uses it. Words that only say who asks
 * are left out.
 */

/**
 * "skal jeg sige det videre til nogen", "må jeg fortælle det videre": whether to pass on what a child
 * told is the duty to notify, which the documents call "underrette". Said in the words of the
 * story, "videre" reads as "viden" and the question finds nothing.
 */
const PASSED_ON =
  /\b(?:sige|sig|fortælle|fortæl|bringe|give|føre)\s+(?:det|dette|noget)\s+videre\b|\bgå\s+videre\s+med\s+det\b/giu;

/**
 * "kan de få råd uden at det bliver en sag", "uden at give sit navn", "advice without a case being
 * opened": advice without a case or a name is the documents' anonymous counselling. As words, "uden"
 * and "sag" find the sections on sharing without consent and on case work instead.
 */
const WITHOUT_A_CASE =
  /\buden\s+at\s+(?:det\s+bliver\s+(?:til\s+)?|der\s+bliver\s+(?:oprettet|lavet|åbnet)\s+)en\s+sag(?:\s+med\s+(?:hans|hendes|barnets|deres|sit|sin)\s+navn(?:\s+på)?)?\b|\buden\s+(?:en\s+)?sag\s+(?:bliver\s+)?(?:oprettet|åbnet)\b|\buden\s+at\s+(?:give|oplyse|sige|opgive)\s+(?:sit|sine|hendes|hans|deres|barnets)\s+navn(?:e|et)?\b|\bwithout\s+(?:opening\s+a\s+case|a\s+case\s+(?:being\s+)?(?:opened|started)|giving\s+(?:her|his|their|the\s+child's|a)\s+names?)\b/giu;

/**
 * "uden at spørge forældrene først", "uden at de har sagt ja til det", "without asking them first":
 * the parents' consent, which the documents call "samtykke". As words, "spørge" and "ja" find nothing.
 */
const WITHOUT_ASKING =
  /\buden\s+at\s+(?:spørge|have\s+spurgt|høre)\s+(?:forældrene|dem|familien|mor|far|mor\s+og\s+far)(?:\s+først)?\b|\buden\s+at\s+(?:de|forældrene|familien|mor|far)\s+(?:har\s+)?(?:sagt|siger|giver|givet)\s+ja(?:\s+til\s+det)?\b|\bwithout\s+asking\s+(?:them|the\s+parents|the\s+family|their\s+permission)(?:\s+first)?\b|\bwithout\s+(?:the\s+parents|them)\s+(?:saying\s+yes|agreeing)\b/giu;

/**
 * "kan støtten ikke gives der hvor han går i forvejen", "help where she already is": support in the
 * child's own everyday setting, which the documents call "tæt på barnets hverdag".
 */
const WHERE_THE_CHILD_ALREADY_IS =
  /\b(?:der\s+)?hvor\s+(?:han|hun|barnet|drengen|pigen|de)\s+(?:går|er|bor)\s+i\s+forvejen\b|\bwhere\s+(?:he|she|the\s+child|they)\s+(?:already\s+(?:is|are|goes|go)|(?:is|are|goes|go)\s+already)\b/giu;

/**
 * "International parents in our kindergarten", "internationale familier": who asks, not the
 * international agreements the documents name ("FN's Verdensmål", "Salamanca-erklæringen").
 */
const WHO_ASKS_DESCRIBED =
  /\b(?:international|internationale|udenlandske|foreign|expat|nyankomne|newly\s+arrived)\s+(?=(?:parents|families|family|staff|colleagues|students|pupils|children|kids|forældre|familier|familie|kolleger|medarbejdere|elever|børn)\b)/giu;

/**
 * "bliver de taget med på råd", "tager I forældrene med på råd": being involved, which the documents
 * call "inddrages". As words, "råd" reads as advice and counselling.
 */
const TAKEN_INTO_COUNSEL = /\b(?:tage|tager|tages|taget|tog)\s+(?:\p{L}+\s+){0,2}?med\s+på\s+råd\b/giu;

/**
 * "så laver hun underretningen", "så er det underrettet", "så er det hende der har ansvaret", "hun
 * tager den derfra", "skal jeg selv gøre noget", "let my team leader file the report":
 * leaving the duty to a leader, a colleague or the bot, which the documents answer under the duty
 * being personal. As words, "leder" and "skrive" find when and how to notify instead.
 */
const DUTY_LEFT_TO_OTHERS =
  /\bskal\s+jeg\s+(?:så\s+)?(?:også\s+)?selv\s+(?:gøre\s+(?:noget(?:\s+mere)?|mere)|underrette)\b|\bså\s+er\s+det\s+(?:hende|ham|dem|lederen|vejlederen)\s+der\s+(?:har\s+ansvaret|skal\s+underrette)\b|\b(?:hun|han|de|lederen)\s+(?:sagde\s+(?:at\s+)?(?:hun|han|de)\s+)?(?:tager|tog)\s+den\s+derfra\b|\b(?:og\s+)?(?:så\s+)?(?:laver|skriver|sender|klarer|ordner|tager)\s+(?:hun|han|de|lederen|min\s+leder|kollegaen|min\s+kollega)\s+(?:sig\s+af\s+)?(?:underretningen|resten)\b|\bså\s+er\s+det\s+underrettet\b|\ber\s+det\s+(?:så\s+)?nok\s+at\s+(?:jeg\s+)?(?:skriver|siger|fortæller)\s+det\s+(?:her\s+)?til\s+(?:dig|min\s+leder|lederen|en\s+kollega)\b|\blet\s+(?:her|him|them|my\s+(?:team\s+leader|leader|manager|boss|colleague))\s+(?:file|make|do|write|send|handle)\s+(?:the|a)\s+report\b/giu;

/**
 * "trafiklysmodellen", "the traffic light model": the documents' green, yellow and red sorting of
 * cases of violence and abuse, which they never call a traffic light.
 */
const TRAFFIC_LIGHT = /\b(?:trafiklys(?:model(?:len)?|et|ene)?|traffic[-\s]lights?(?:\s+model)?)\b/giu;

/**
 * "instead of filling in a form", "i stedet for at udfylde en formular": how to notify, which the
 * documents answer as in writing through the official channel.
 */
const INSTEAD_OF_A_FORM =
  /\bi\s+stedet\s+for\s+at\s+(?:udfylde|skrive|bruge)\s+(?:en\s+|den\s+)?(?:formular|skema|blanket)(?:en|et)?\b|\binstead\s+of\s+(?:filling\s+(?:in|out)|writing|using)\s+(?:a|the)\s+form\b/giu;

/**
 * "starter man altid med det mindste", "start with the smallest thing": the least intrusive step,
 * which is how the documents say it.
 */
const SMALLEST_FIRST =
  /\b(?:starter|starte|begynder|begynde|start|starts|begin|begins)\s+(?:man\s+|you\s+|we\s+|vi\s+)?(?:altid\s+|always\s+)?(?:med|with)\s+(?:det|den|the)\s+(?:mindste|mindst\s+mulige|smallest|least)\b(?:\s+(?:thing|step|trin))?/giu;

/**
 * "how do we get PPR involved", "koble PPR på", "få PPR ind over": getting in touch with PPR, which
 * the documents describe under how contact with PPR goes.
 */
const INVOLVING_PPR =
  /\b(?:get(?:ting)?\s+PPR\s+involved|involv(?:e|ing)\s+PPR|bring(?:ing)?\s+(?:in\s+PPR|PPR\s+in)|koble\s+PPR\s+på|få\s+PPR\s+(?:ind\s+over|ind|med|på)|inddrage\s+PPR)\b/giu;

/**
 * "hun er bange for at tage med sin stedfar hjem", "she's terrified to go with him": a child afraid
 * to go home or with the adult who collects, which the documents answer under acute danger. As
 * words, "bange" and "tage med" find nothing.
 */
const AFRAID_TO_GO_WITH =
  /\b(?:(?:er\s+|var\s+)?(?:helt\s+|meget\s+|så\s+)?(?:bange|rædselsslagen|skrækslagen|skræmt)\s+for\s+at|tør\s+(?:\p{L}+\s+)?ikke|ikke\s+tør|(?:scared|afraid|terrified|frightened)\s+to)\s+(?:gå|tage|komme|køre|go|come|leave)\s+(?:hjem\b|med\s+(?:ham|hende|dem|sin\s+\p{L}+|sine\s+\p{L}+)(?:\s+hjem)?|home\b|with\s+(?:him|her|them|(?:her|his)\s+\p{L}+))/giu;

/**
 * "hun bad mig om ikke at sige det til nogen", "jeg lovede at holde det hemmeligt", "he made me
 * promise not to tell": a child's or parent's wish for secrecy, which the documents answer as the
 * duty to notify going before confidentiality. As words, "sige" and "nogen" find nothing.
 */
const ASKED_FOR_SECRECY =
  /\b(?:(?:bad|beder|bedt)\s+(?:mig\s+)?(?:om\s+)?(?:at\s+)?ikke\s+(?:at\s+)?(?:sige|fortælle)\s+(?:det|noget)(?:\s+til\s+nogen)?|(?:må|skal)\s+ikke\s+sige\s+det\s+til\s+nogen|holde\s+det\s+hemmeligt|lovede\s+(?:\p{L}+\s+)?(?:ikke\s+at\s+sige\s+(?:det|noget)|at\s+holde\s+(?:det\s+)?(?:tæt|hemmeligt))|(?:made\s+me\s+)?promise[sd]?\s+(?:(?:him|her|them)\s+)?not\s+to\s+tell(?:\s+anyone)?|keep\s+it\s+(?:a\s+)?secret)/giu;

/**
 * "kan jeg ikke bare skrive underretningen til dig her i chatten", "sende underretningen til rådgiveren
 * på teams", "post my report in the channel": a notification in Teams, which the documents answer as
 * in writing through the official channel, not to a chatbot. As words, "chat" finds the rule on CPR
 * numbers in a chat.
 */
const NOTIFYING_IN_TEAMS =
  /\b(?:skrive|sende|lægge|give|skriver|sender)\s+(?:underretningen|en\s+underretning|bekymringen|min\s+bekymring)\s+(?:\p{L}+\s+){0,4}?(?:i\s+chatten|i\s+teams|på\s+teams|i\s+kanalen|i\s+tråden|herinde)\b|\b(?:send|write|post|put)\s+(?:the|my|a)\s+(?:report|notification|concern)\s+(?:\p{L}+\s+){0,3}?(?:here|in\s+(?:the\s+|this\s+)?(?:chat|teams|channel|thread))\b/giu;

/**
 * "jeg har skrevet både for- og efternavn på en elev i vores tråd", "hvordan skriver jeg om et barn i
 * områdeteamets kanal": a child named in a Teams thread, which the documents answer under discussing
 * a child by name (consent, or anonymously) and a thread not being a meeting.
 */
const CHILD_NAMED_IN_A_THREAD =
  /\b(?:skrive|skrevet|skriver|skrev|nævne|nævnt|nævnte|dele|delt|delte)\s+(?:\p{L}+\s+){0,6}?(?:(?:for|efter)?navn\w*|om\s+(?:et\s+barn|en\s+elev|barnet|eleven|drengen|pigen))\s+(?:\p{L}+\s+){0,4}?(?:i|på)\s+(?:vores\s+|den\s+|områdeteamets\s+|teamets\s+)?(?:tråd\w*|kanal\w*|chat\w*|teams)\b|\b(?:wrote|written|write|post(?:ed)?|shared?)\s+(?:[\p{L}'’]+\s+){0,4}?(?:full\s+)?name\s+(?:[\p{L}'’]+\s+){0,4}?in\s+(?:our\s+|the\s+)?(?:thread|channel|chat|teams)\b/giu;

/**
 * "kommunens nummer svarer ikke længere", "rådhuset er lukket", "the office is closed": help is needed
 * when the municipality cannot be reached, which the documents answer as outside office hours (the
 * police on 114 and the social on-call service).
 */
const OFFICE_CLOSED =
  /\b(?:kommunen|rådhuset|forvaltningen|socialforvaltningen|kontoret|kommunens\s+(?:nummer|telefon)|rådgiveren|sagsbehandleren)\s+(?:er\s+|har\s+)?(?:lukket|lukker|svarer\s+ikke(?:\s+længere)?|tager\s+ikke\s+(?:telefonen|den))\b|\b(?:the\s+)?(?:municipality|town\s+hall|office|council|caseworker)(?:'s\s+(?:number|phone))?\s+(?:is\s+|has\s+)?(?:closed|not\s+answering|shut)\b/giu;

/**
 * "far spørger hvem der har kontaktet kommunen", "dad asked who reported it": whether to tell the
 * parents who notified, which the documents answer under how to notify (parents suspected of
 * violence are not told).
 */
const WHO_NOTIFIED =
  /\b(?:spørger|spurgte|vil\s+vide|ville\s+vide)\s+(?:\p{L}+\s+){0,2}?hvem\s+der\s+(?:har\s+)?(?:kontaktet|ringet\s+til|skrevet\s+til|underrettet|anmeldt|meldt\s+\p{L}+)\b|\b(?:asks?|asked|wants\s+to\s+know)\s+who\s+(?:reported|contacted|called|told\s+on)\b/giu;

/** The first words of the English forms above: a match that opens with one is replaced in English. */
const ENGLISH_OPENING =
  /^(?:without|where|let|get\w*|involv\w*|bring\w*|start|starts|begin|begins|traffic|instead|scared|afraid|terrified|frightened|made|promise\w*|keep|send|write|post|put|wrote|written|posted|share|shared|the|municipality|town|office|council|caseworker|asks?|asked|wants)\b/iu;

/** The documents' word in the language of the phrasing it replaces. */
const inTheirLanguage =
  (danish: string, english: string) =>
  (whole: string): string =>
    ENGLISH_OPENING.test(whole) ? english : danish;

/** The question with the everyday phrasings above in the documents' words. */
export function asTheDocumentsSayIt(question: string): string {
  return question
    .replace(WHO_ASKS_DESCRIBED, '')
    .replace(
      DUTY_LEFT_TO_OTHERS,
      inTheirLanguage('pligten er personlig, ikke min leder', 'personal duty, not my leader'),
    )
    .replace(
      ASKED_FOR_SECRECY,
      inTheirLanguage(
        'underretningspligten går forud for tavshedspligt',
        'the duty to notify goes before confidentiality',
      ),
    )
    .replace(
      NOTIFYING_IN_TEAMS,
      inTheirLanguage(
        'underret skriftligt gennem kommunens officielle kanal, ikke en chatbot',
        'notify in writing through the official channel, not a chatbot',
      ),
    )
    .replace(
      CHILD_NAMED_IN_A_THREAD,
      inTheirLanguage(
        'drøfte et barn med navn uden samtykke i en tråd i Teams',
        'discuss a child by name without consent in a Teams thread',
      ),
    )
    .replace(OFFICE_CLOSED, inTheirLanguage('uden for kontortid', 'outside office hours'))
    .replace(
      WHO_NOTIFIED,
      inTheirLanguage('fortælle forældrene om underretningen', 'tell the parents about the notification'),
    )
    .replace(PASSED_ON, 'underrette')
    .replace(AFRAID_TO_GO_WITH, inTheirLanguage('i akut fare', 'in acute danger'))
    .replace(INVOLVING_PPR, inTheirLanguage('kontakt med PPR', 'get in contact with PPR'))
    .replace(SMALLEST_FIRST, inTheirLanguage('det mindst indgribende trin', 'the least intrusive step'))
    .replace(TRAFFIC_LIGHT, inTheirLanguage('grøn gul rød', 'green yellow red'))
    .replace(
      INSTEAD_OF_A_FORM,
      inTheirLanguage(
        'i stedet for at underrette skriftligt',
        'a notification in writing through the official channel',
      ),
    )
    .replace(TAKEN_INTO_COUNSEL, 'inddraget')
    .replace(WITHOUT_A_CASE, inTheirLanguage('anonym rådgivning', 'anonymous counselling'))
    .replace(WITHOUT_ASKING, inTheirLanguage('uden samtykke', 'without consent'))
    .replace(WHERE_THE_CHILD_ALREADY_IS, inTheirLanguage('tæt på barnets hverdag', 'close to home'));
}
