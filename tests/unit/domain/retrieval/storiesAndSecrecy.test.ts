import { guideEngineOf, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Classes of round 45's dev halves (long stories with a short question, roles, and sharing in
 * practice), against a small guide of our own: a child afraid to go home or with the adult who
 * collects is acute danger; a wish for secrecy ("bad mig om ikke at sige det til nogen") is answered
 * by the duty going before confidentiality; an abbreviation with a Danish ending ("SSP'er") is the
 * abbreviation; and a short question whose subject lies further back in the story than the
 * sentence before it is answered from the whole message when the question alone finds nothing.
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
    'På personalemødet talte vi om Prøvemodellen. Mette mente den blev afprøvet allerede i 2013, Jens sagde først i 2016. Der er et væddemål på spil. Hvem har ret?',
    'På personalemødet talte vi om Prøvemodellen. Min kollega mente den blev afprøvet allerede i 2013, en anden sagde først i 2016. Der er et væddemål på spil, og stemningen var høj. Hvem har ret?',
    'We discussed Prøvemodellen yesterday. One colleague thinks it was tried out already in 2013, another says 2016. We have a bet on it. So who wins?',
  ]);
});
