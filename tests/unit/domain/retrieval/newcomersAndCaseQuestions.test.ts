import { guideEngineOf, itAbstainsAsOutOfScope, itAnswersFrom } from '@tests/helpers/retrievalEngine';

/**
 * Classes of round 44's dev half (newcomers and questions asked in the middle of a case), against a
 * small guide of our own: leaving the duty to a leader, a colleague or the bot is the duty being
 * personal; ringing instead of filling in a form is how to notify; a "traffic light" is the green,
 * yellow and red sorting; the writer's own guess after the question ("er det mest leg?") is not
 * searched; a question typed without æ, ø and å that only points back keeps the sentence before it;
 * a last question without a mark after an earlier one with a mark is still asked, also when it opens
 * with "og"; a noun the guide holds only as its verb ("vejledningen", "vejleder") finds the verb;
 * one's own contract and hours, or being sued over a notification, are the leader's and HR's;
 * starting "med det mindste" is the least intrusive step; getting PPR involved is contacting PPR; and
 * testifying in court or the model's evaluation are not in the guide.
 */
const engine = guideEngineOf(
  {
    'Pligten er din egen':
      'Pligten til at underrette er personlig. Du opfylder den ikke ved at fortælle det til en kollega, din leder eller en chatbot.',
    'Sådan underretter du': 'Underret skriftligt gennem kommunens officielle kanal for underretninger.',
    'Vold og overgreb': 'Henvendelser om vold sorteres som grøn, gul eller rød efter alvor.',
    'Efter underretningen':
      'Kommunen vurderer underretningen inden for et døgn. Du får en kvittering for modtagelsen inden for seks hverdage.',
    Skolestartsforløbet:
      'I skolestartsforløbet arbejder dagtilbud og skole med læringsparathed, følelsesregulering og sociale færdigheder.',
    'Politikkens formål':
      'Politikken skal sikre en tidlig og forebyggende indsats, så alle børn er en del af fællesskabet.',
    Områdeteamet: 'Områdeteamet består af socialrådgivere, sundhedsplejersker og psykologer fra PPR.',
    Ungeindsatsen: 'Den kommunale ungeindsats vejleder unge fra 7. klasse, til de fylder 25.',
    Indsatstrappen: 'Trappen har seks trin. Man vælger det mindst indgribende trin, der virker.',
    'Kontakt med PPR':
      'Kontakten til PPR går gennem dagtilbuddet eller skolen og altid sammen med forældrene.',
    Forældresamarbejde: 'Forældrene inddrages i alt, hvad vi gør.',
    'Skolens forløb':
      'Forløbet handler først og fremmest om at udvikle lærernes og pædagogernes kompetencer.',
  },
  { id: 'nyansat', title: 'Til nye medarbejdere i Prøveby Kommune' },
);

describe('leaving the duty to someone else', () => {
  itAnswersFrom(engine, 'Pligten er din egen', [
    'kan jeg ikke bare fortælle det til min afdelingsleder og så skriver hun underretningen?',
    'er det nok at jeg siger det til lederen, vi har travlt i dag',
    'jeg skriver det her til dig, så er det underrettet ikke?',
    'As a new assistant, can I tell my manager and let him make the report?',
    'is it enough if I told my team leader about the boy?',
    'duty to report a child – is it enough that I tell my boss?',
    'jeg er vikar, kan jeg bare sige det til læreren og så er det hende der har ansvaret?',
    'Jeg fortalte det til min leder, og hun sagde hun tager den derfra. Hvad nu?',
    'jeg har sagt det til afdelingslederen, skal jeg så også selv gøre noget?',
    'Jeg har nævnt det for min leder. Er jeg færdig med det, eller skal jeg selv gøre mere?',
  ]);
});

describe('a phone call instead of a form', () => {
  itAnswersFrom(engine, 'Sådan underretter du', [
    'må jeg ringe til rådgiveren i stedet for at udfylde en formular?',
    'Can I just call the social worker instead of filling out the form?',
  ]);
});

describe('the traffic light', () => {
  itAnswersFrom(engine, 'Vold og overgreb', [
    'hvad betyder trafiklyset når man melder vold',
    'what do the colours in the traffic light model mean?',
  ]);
});

describe("the writer's own guess after the question", () => {
  itAnswersFrom(engine, 'Skolestartsforløbet', [
    'hvad arbejder man med i skolestartsforløbet, er det mest leg og sang?',
    'står der noget om hvad man arbejder med i skolestartsforløbet, handler det kun om bogstaver?',
  ]);
  itAnswersFrom(engine, 'Områdeteamet', ['who sits in the area team, is it mostly psychologists?']);
});

describe('a question that points back, typed without æ, ø and å', () => {
  itAnswersFrom(engine, 'Politikkens formål', [
    'politikken skal sikre en tidlig indsats... hvad staar der mere praecist',
  ]);
});

describe('a last question without a mark after one with a mark', () => {
  itAnswersFrom(engine, 'Efter underretningen', [
    'jeg har ikke hørt noget. er det normalt? hvornår får man en kvittering',
  ]);
});

describe('a second question opened with "og", and a noun held only as its verb', () => {
  itAnswersFrom(engine, 'Ungeindsatsen', [
    'hedder det stadig UU? og fra hvilken klasse starter vejledningen',
    'hvornår begynder vejledningen af de unge',
  ]);
});

describe("one's own contract, and being sued over a notification", () => {
  itAbstainsAsOutOfScope(engine, [
    ['står der i min ansættelseskontrakt hvor mange timer jeg skal arbejde?', 'employment'],
    ['jeg har en kontrakt på 30 timer, kan jeg kræve flere?', 'employment'],
    ['kan en forælder sagsøge mig hvis underretningen var forkert', 'employment'],
    ['Can a parent sue me over a report that turned out to be wrong?', 'employment'],
  ]);
});

describe('starting with the smallest step', () => {
  itAnswersFrom(engine, 'Indsatstrappen', [
    'hvad er princippet, begynder man altid med det mindste?',
    'do we always start with the smallest thing?',
  ]);
});

describe('getting PPR involved', () => {
  itAnswersFrom(engine, 'Kontakt med PPR', [
    'How do we get PPR involved for a boy in our class?',
    'hvordan kan vi koble PPR på en dreng i 2. klasse',
  ]);
});

describe('being called as a witness, and whether the model was evaluated', () => {
  itAbstainsAsOutOfScope(engine, [
    ['skal jeg vidne i retten hvis sagen kommer så langt?', 'casework'],
    ['Will I have to testify against the parents?', 'casework'],
    ['Has the area team model been evaluated?', 'statistics'],
  ]);
});
