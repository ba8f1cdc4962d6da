/**
 * Phrasings found while probing the rules after the held-out run: colloquial Danish, psychological
 * violence, split compounds, and harmless sentences that share words with serious ones. Each line
 * was fixed by a general rule in config/safety.yaml, not by quoting the sentence.
 */
import { projectClassifier } from './testConfig';

const classifier = projectClassifier();

const MUST_NOTIFY = [
  'far har tævet ham',
  'hun fik en flad af mor',
  'hun skærer sig',
  'hun bliver låst inde på sit værelse',
  'mor kalder ham dum og værdiløs hver dag',
  'mor ryger joints derhjemme',
  'politiet har været der flere gange pga skænderier',
  'ikke mødt i skole i 2 uger',
  'forældrene giver ham ikke mad',
  'han sover i bilen med sin mor',
  'pigen har blå-mærker',
  'hun har tabt 8 kg på en måned',
  'han ryger og drikker i weekenderne, 14 år',
  'hun har talt om vold derhjemme',
  'han kommer ofte sulten i skole',
  "she's afraid of her father",
  'omsorgs svigt i familien',
  'hun har selv skadende adfærd',
  'spise forstyrrelse hos elev i 9. kl',
  'he says his parents lock him in the basement',
  'hun bliver slaaet af sin far',
  'eleven har sex med en på 25',
];

const MUST_BE_ACUTE = [
  'hun orker ikke at leve mere',
  'han ønsker at være død',
  'hun er tvunget til at tage med til hjemlandet',
  'stedfar truer med at slå ham ihjel',
  'selvmords tanker',
  'han har selvmort tanker',
];

const NO_WARNING = [
  'far skubbede ham på gyngen',
  'vi har snakket om vold i 7. klasse i dag',
  'hun lugter lidt af sved efter idræt',
  'han var sulten før frokost i dag',
  'vi lavede et tema om krænkelser og grænser i 6. klasse',
  'familien skal på ferie i hjemlandet i sommer',
  'han skar sig i fingeren i madkundskab',
  'hun kan ikke leve uden sin telefon',
  'en 5-årig står alene udenfor i frikvarteret',
  'mor slog op med far sidste år, drengen på 6 er ked af det',
  'han sparker til bolden hele frikvarteret',
  'mor drikker kaffe ved afleveringen',
  'han har et selvmål i fodbold og er ked af det',
  'far er på hospitalet med et brækket ben, drengen er ked af det',
  'drengen på 4 bider og slår de andre børn',
  'han har slået sin albue i frikvarteret',
  'eleven var fuld af energi ved afhentning',
  'han kaster op og har feber, mor henter ham',
  'mor er gravid og drengen på 4 glæder sig til at blive storebror',
];

describe('probe phrasings', () => {
  it.each(MUST_NOTIFY)('raises the duty to notify: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });
  it.each(MUST_BE_ACUTE)('raises the acute warning: %s', (text) => {
    const result = classifier.classify(text);
    expect(result.acute).toBe(true);
    expect(result.dutyToNotify).toBe(true);
  });
  it.each(NO_WARNING)('raises no warning: %s', (text) => {
    const result = classifier.classify(text);
    expect(result.dutyToNotify).toBe(false);
    expect(result.acute).toBe(false);
  });
});

const PATHWAYS: [string, string][] = [
  ['dreng 5 år, skal i skole til august, svært ved at koncentrere sig', 'skolestart'],
  ['pige i 1. klasse har svært ved at læse og skrive bogstaver', 'skole'],
  ['drengen på 2 i vuggestuen siger ingen ord', 'dagtilbud'],
  ['pige på 14 mdr i dagpleje kravler ikke', 'dagtilbud'],
  ['familien er nyankommet flygtninge og mor er meget presset, pigen går i 2. klasse', 'social'],
  ['forældrene skændes meget om samvær, drengen i børnehaven på 5 er urolig', 'social'],
  ['a 3 year old in nursery who bites a lot', 'dagtilbud'],
  ['boy in grade 9 with reading difficulties and low self esteem', 'skole'],
  ['the family lost their home and the 7 year old is tired in class', 'social'],
  ['pige 6 år i børnehaveklassen er meget ked af det om morgenen', 'skolestart'],
];

describe('probe pathways', () => {
  it.each(PATHWAYS)('%s -> %s', (text, pathway) => {
    expect(classifier.classify(text).pathway).toBe(pathway);
  });
});
