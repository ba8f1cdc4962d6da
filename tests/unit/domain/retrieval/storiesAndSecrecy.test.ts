import { guideEngineOf, itAnswersFrom, topSectionOf } from '@tests/helpers/retrievalEngine';

/**
 * Classes of round 45's dev halves (long stories with a short question, roles, and sharing in
 * practice), against a small guide of our own: a child afraid to go home or with the adult who
 * collects is acute danger; a wish for secrecy ("bad mig om ikke at sige det til nogen") is answered
 * by the duty going before confidentiality; an abbreviation with a Danish ending ("SSP'er") is the
 * abbreviation; and a short question whose subject lies further back in the story than the
 * sentence before it is answered from the whole message when the question alone finds nothing, where
 * the story's own everyday words ("frokost", "kage") do not make it out of scope.
 */
const engine = guideEngineOf(
  {
    'Akut fare':
      'Er barnet i akut fare, så ring 112. Uden for kontortid ringer du til politiet og socialvagten.',
    'Pligten er din egen':
      'Underretningspligten er din egen. Pligten går forud for din tavshedspligt, også når barnet har bedt dig tie.',
    'Deling uden samtykke':
      'SSP-samarbejdet har sin egen hjemmel i Retsplejeloven § 115 til at udveksle oplysninger med politiet.',
    Historien:
      'Modellen blev afprøvet fra 2013 til 2015 og blev udbredt til hele kommunen i 2016 under navnet Prøvemodellen.',
    Samtykke: 'Forældrene skal give samtykke, før vi drøfter et barn med navn.',
  },
  { id: 'hverdag', title: 'Hverdagens spørgsmål i Prøveby Kommune' },
);

describe('a child afraid to go home or with the adult who collects', () => {
  itAnswersFrom(engine, 'Akut fare', [
    'hun er bange for at tage med sin stedfar hjem, hvad gør jeg nu',
    'en dreng tør ikke gå med sin far, hvad gør jeg?',
    "a pupil's dad is at the gate and she is terrified to go with him, what do I do",
    'the boy is scared to go home with his mum tonight, who do I call?',
  ]);
});

describe('a wish for secrecy', () => {
  itAnswersFrom(engine, 'Pligten er din egen', [
    'Han bad mig om ikke at sige det til nogen. Må jeg det alligevel?',
    'jeg lovede hende at holde det hemmeligt, hvad nu?',
    'She made me promise not to tell anyone. What now?',
  ]);
});

describe('an abbreviation with a Danish ending', () => {
  itAnswersFrom(engine, 'Deling uden samtykke', [
    "som SSP'er, hvilken paragraf giver os lov at dele med politiet?",
    "hvad er SSP'ens hjemmel til at udveksle oplysninger med politiet",
    "hvem er med i SSP'en",
  ]);
});

describe('a short question whose subject lies further back in the story', () => {
  itAnswersFrom(engine, 'Historien', [
    'Til frokost med kage talte vi om Prøvemodellen. Min kollega mente den blev afprøvet allerede i 2013, en anden sagde først i 2016. Der er et væddemål på spil. Hvem har ret?',
    'På personalemødet talte vi om Prøvemodellen. Mette mente den blev afprøvet allerede i 2013, Jens sagde først i 2016. Der er et væddemål på spil. Hvem har ret?',
    'På personalemødet talte vi om Prøvemodellen. Min kollega mente den blev afprøvet allerede i 2013, en anden sagde først i 2016. Der er et væddemål på spil, og stemningen var høj. Hvem har ret?',
    'We discussed Prøvemodellen yesterday. One colleague thinks it was tried out already in 2013, another says 2016. We have a bet on it. So who wins?',
  ]);
});

/**
 * Read after round 45's sealed halves, against a guide whose sections compete as the real ones do (a
 * rule on CPR numbers in a chat, an area team with the social worker in it): a notification put in
 * the Teams chat is how to notify; a child named in a thread is discussing a child by name; an office
 * that is closed or does not answer is outside office hours; a parent asking who notified is whether
 * to tell the parents; help without giving one's name is anonymous counselling.
 */
const sharing = guideEngineOf(
  {
    'Sådan underretter du':
      'Underret skriftligt ad kommunens officielle kanal for underretninger. Beskriv konkret det, du har set og hørt. Mistænkes forældrene for vold eller overgreb, må du ikke fortælle dem om underretningen.',
    'Akut fare':
      'Er barnet i akut fare, ring 112. Uden for kontortid kontakter du politiet på 114 og den sociale døgnvagt.',
    'Udveksling uden samtykke':
      'Fortrolige oplysninger må kun udveksles uden samtykke i snævre tilfælde, fx én gang på et møde efter SSD-reglen. En tråd i Teams er ikke et sådant møde.',
    'Samtykke fra forældrene':
      'Vil du drøfte et barn med navn, skal der være et klart grundlag, typisk forældrenes samtykke. Ellers drøftes sagen anonymt.',
    'CPR-numre': 'Skriv aldrig et CPR-nummer i en chat.',
    Områdeteamet: 'Rådgiveren, sundhedsplejersken og PPR mødes i områdeteamet.',
    'Pligten er personlig':
      'Du opfylder ikke pligten ved at fortælle det til en kollega, din leder eller en chatbot.',
    'Tidlig støtte': 'Familier kan få anonym rådgivning efter Barnets Lov § 29.',
  },
  { id: 'deling', title: 'Deling og underretning i Prøveby Kommune' },
);

describe('a notification put in the Teams chat or channel', () => {
  itAnswersFrom(sharing, 'Sådan underretter du', [
    'kan jeg ikke bare skrive underretningen her i chatten?',
    'må jeg sende underretningen til rådgiveren på teams i stedet',
    'Can I just post my report in the channel?',
  ]);
});

describe('a child named in a Teams thread', () => {
  it.each([
    'jeg kom til at skrive fulde navn på en pige i vores tråd, er det et problem?',
    'I wrote the girl’s full name in our thread, is that a problem?',
  ])('answers from consent or sharing without it: %s', (question) => {
    expect(topSectionOf(sharing().answer(question))).toMatch(/samtykke/i);
  });
});

describe('an office that is closed or does not answer', () => {
  itAnswersFrom(sharing, 'Akut fare', [
    'Han har mærker på halsen. Kommunens nummer svarer ikke længere. Hvad gør jeg?',
    'She has marks on her neck and the office is closed. Who can help now?',
  ]);
});

describe('a parent asking who notified', () => {
  itAnswersFrom(sharing, 'Sådan underretter du', [
    'Far står i døren og spørger hvem der har kontaktet kommunen. Skal vi sige det?',
    'The dad asked who reported him. Should we say it was us?',
  ]);
});

describe('help without giving one’s name', () => {
  itAnswersFrom(sharing, 'Tidlig støtte', [
    'Mor vil ikke have en sag i kommunen. Findes der noget hun kan bruge uden at give sit navn?',
    'Is there something the parents can use without giving their names?',
  ]);
});
