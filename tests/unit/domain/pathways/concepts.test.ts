/**
 * The concept layer: every safety concept of the domain brief, written the way staff write it and
 * mostly without the legal words, in Danish and as its English twin. An English description must
 * raise the same warnings as its Danish twin. Benign look-alikes explain the sign in the same breath.
 */
import { createPathwayClassifier } from '../../../../src/domain/pathways';
import { loadPathwayConfig } from '../../../../src/infrastructure/configFiles/pathwayConfig';
import { CONFIG_DIR, projectClassifier, projectClassifierWithModel } from './testConfig';

const classifier = projectClassifier();

/** The warnings the rules raised (not the statistical model): what a rule-level concept test checks. */
const ruleFindingsOf = (text: string) =>
  classifier.classify(text).safetyFindings.filter((finding) => finding.source !== 'model');

/** The ids of the rules that fired (not the model). */
const ruleIds = (text: string) => ruleFindingsOf(text).map((f) => f.ruleId);

/** A description and the rule it is about. */
type RuleCase = readonly [text: string, ruleId: string];

/** A class of descriptions: the rule stays silent on the first ones and warns on the others. */
function ruleClassCases(cases: {
  readonly silent: readonly RuleCase[];
  readonly warns: readonly RuleCase[];
}): void {
  it.each(cases.silent)('no warning: %s', (text, ruleId) => {
    expect(ruleIds(text)).not.toContain(ruleId);
  });
  it.each(cases.warns)('the warning stands: %s', (text, ruleId) => {
    expect(ruleIds(text)).toContain(ruleId);
  });
}

/** One test per description: the classifier suggests that pathway. */
function itGoesToPathway(cases: readonly (readonly [text: string, pathway: string])[]): void {
  it.each(cases)('%s goes to %s', (text, pathway) => {
    expect(classifier.classify(text).pathway).toBe(pathway);
  });
}

interface Pair {
  readonly concept: string;
  readonly da: string;
  readonly en: string;
  readonly acute: boolean;
}

const PAIRS: readonly Pair[] = [
  // From the round-5 blind dev halves (classes, in new words).
  {
    concept: 'a child who hides while a parent cries, the neighbours call the police',
    da: 'drengen på 4 siger at far får mor til at græde på gulvet og så gemmer jeg mig under dynen',
    en: 'the 4 year old says daddy makes mummy cry on the floor and then I hide under my duvet',
    acute: false,
  },
  {
    concept: 'money for not telling, washed though too big for it',
    da: 'pigen på 9 siger at onkel vasker hende i badet selvom jeg er for stor, og han giver hende 50 kr for ikke at sige det til mor',
    en: 'the 9 year old says her uncle washes her in the bath, I am too big but he says must, and he gives her 50 kr for not telling mum',
    acute: false,
  },
  {
    concept: 'a threat to take the child abroad for good',
    da: 'far råbte til mor at han tager drengen med til Marokko og så ser du ham aldrig igen',
    en: 'dad shouted at mum that he takes the boy to Morocco and you will never see him again',
    acute: false,
  },
  // From the round-4 sealed misses, read after their one scoring (classes, in new words).
  {
    concept: 'pills saved up from a parent and taken tonight (acute)',
    da: 'pigen på 15 har sparet sin fars sovepiller sammen og vil tage dem alle i nat',
    en: "the 15 year old girl has been saving up her dad's sleeping pills and will take them all tonight",
    acute: true,
  },
  {
    concept: "a place and a time, 'it will finally be quiet' (acute)",
    da: 'drengen på 16 skrev til mig: i aften går jeg ud til broen, så bliver der endelig stille',
    en: 'the 16 year old wrote to me: tonight I am going to the bridge and then it will finally be quiet',
    acute: true,
  },
  {
    concept: 'an intoxicated parent described in the present tense, about to drive (acute)',
    da: 'far er her for at hente sin datter på 2, han kan næsten ikke stå på benene og pupillerne er helt små, han vil køre hjem',
    en: 'dad is here to collect his 2 year old, he can barely stand and his pupils are tiny, he wants to drive home',
    acute: true,
  },
  {
    concept: 'someone of 18 or more who asks a child for pictures',
    da: 'pigen på 12 siger at en 22-årig hun kender fra tiktok har bedt om billeder',
    en: 'the 12 year old says a 22 year old she knows from tiktok has asked for pictures',
    acute: false,
  },
  {
    concept: 'a drawing of naked adults, a child made to watch',
    da: 'drengen på 5 har lavet en tegning i børnehaven med nøgne voksne, og han siger han skal kigge på når de ligger i sengen',
    en: 'the 5 year old made a drawing at kindergarten of naked adults and says he has to watch when they are in bed',
    acute: false,
  },
  {
    concept: 'a nappy not changed since yesterday, in a relative clause',
    da: 'pigen på 1 kommer med en ble der ikke er blevet skiftet siden i går',
    en: "the 1 year old arrives in a nappy that hasn't been changed since yesterday",
    acute: false,
  },
  {
    concept: 'the doctor promised for weeks and never seen',
    da: 'drengen på 3 har haft materie ud af øret i tre uger, forældrene siger de vil ringe til lægen men har stadig ikke gjort det',
    en: "the 3 year old has had pus from his ear for three weeks, the parents keep saying they will call the doctor but still haven't",
    acute: false,
  },
  {
    concept: 'used by older youths for crime',
    da: '15-årig anholdt af politiet sammen med to ældre fyre efter indbrud i biler',
    en: '15 year old picked up by the police with two older lads after car break-ins',
    acute: false,
  },
  {
    concept: 'a child who takes the small sibling and cooks because the parent sleeps and is sad',
    da: 'drengen på 9 følger sin lillesøster i børnehaven alene hver morgen og laver aftensmad fordi mor sover og er ked af det',
    en: 'the 9 year old walks his little sister to the kindergarten alone every morning and makes dinner because mum is sleeping and sad',
    acute: false,
  },
  {
    concept: 'a scald with a sharp line like socks (acute)',
    da: 'den lille på 18 mdr har skoldninger på begge fødder med en skarp kant som sokker, far siger han trådte i badet',
    en: 'the 18 month old has scalds on both feet with a sharp line like socks, dad says he stepped into the bath',
    acute: true,
  },
  {
    concept: 'dragged by the arm up the stairs, it cracked (acute)',
    da: 'drengen på 8 siger far hev ham i armen op ad trappen og det sagde knæk, han kan ikke løfte armen',
    en: "the 8 year old says dad dragged him by the arm up the stairs and it went crack, he can't lift his arm",
    acute: true,
  },
  {
    concept: 'the story a child was told to give about an injury',
    da: 'pigen på 6 siger at mor har sagt at hun skal sige at hun faldt på cyklen',
    en: 'the 6 year old says mum told her to say she fell off her bike',
    acute: false,
  },
  {
    concept: 'a deep cut that bleeds a lot (acute)',
    da: 'drengen i 8. klasse har skåret sig dybt i armen på toilettet og bløder vildt',
    en: 'the boy in year 8 has cut himself deeply in the arm in the toilet and is bleeding a lot',
    acute: true,
  },
  {
    concept: "a parent's neck squeezed, told and played by a small child (acute)",
    da: 'pigen på 4 siger igen og igen at far klemte mor om halsen og trykker hårdt på dukkens hals',
    en: "the 4 year old keeps saying that daddy squeezed mummy's neck and presses hard on the doll's throat",
    acute: true,
  },
  {
    concept: 'a parent who forbids talking about it',
    da: 'far siger vi ikke må snakke om det, sagde drengen på 7 da jeg spurgte hvorfor han var ked af det',
    en: 'dad says we are not allowed to talk about it, the 7 year old said when I asked why he was sad',
    acute: false,
  },
  {
    concept: 'formula watered down to last the month',
    da: 'drengen på 3 mdr får ekstra vand i flaskerne, så pulveret rækker til slutningen af måneden',
    en: 'the 3 month old gets watered down formula so the powder lasts to the end of the month',
    acute: false,
  },
  {
    concept: 'a plate thrown at a parent, the police at the home',
    da: 'pigen på 4 fortæller at politiet kom hjem til dem, og at far smed en tallerken efter mor',
    en: 'the 4 year old says the police came to their home and that dad threw a plate at mum',
    acute: false,
  },
  {
    concept: 'yanked by the arm and called names by a parent',
    da: 'når far henter pigen på 2, hiver han hende op i armen så hun hyler og kalder hende din lille lort',
    en: 'when dad collects the 2 year old he yanks her up by the arm so she screams and calls her a little shit',
    acute: false,
  },
  {
    concept: 'a nude photo shared with the year group',
    da: 'pigen på 13 er ked af det, hendes ekskæreste har delt et nøgenbillede af hende med hele årgangen',
    en: 'the 13 year old is upset, her ex-boyfriend shared a nude photo of her with the whole year group',
    acute: false,
  },
  {
    concept: 'the toilet straight after lunch and vomiting',
    da: 'pigen på 11 går på toilettet lige efter frokost hver dag, og en veninde har hørt hende kaste op',
    en: 'the 11 year old goes to the toilet right after lunch every day and a friend heard her vomiting',
    acute: false,
  },
  {
    concept: 'sexualised play with adult words and a finger in a bottom',
    da: 'drengen på 4 laver sexbevægelser oven på dukkerne og har prøvet at stikke sin finger i numsen på en pige',
    en: "the 4 year old makes sex movements on top of the dolls and tried to put his finger in a girl's bottom",
    acute: false,
  },
  {
    concept: 'a young child minding a toddler alone every evening',
    da: 'drengen på 9 passer sin lillesøster på 2 alene hver eftermiddag og aften til mor kommer hjem kl 23',
    en: 'the 9 year old looks after his 2 year old sister alone every afternoon and evening until mum comes home at 23',
    acute: false,
  },
  {
    concept: "'not here tomorrow, you can have my things' (acute)",
    da: 'hun skrev til sin veninde i nat: i morgen er jeg her ikke mere, du kan få mine ting',
    en: "she texted her friend last night: tomorrow I won't be here anymore, you can have my stuff",
    acute: true,
  },
  {
    concept: 'smoking daily and selling to younger pupils',
    da: 'drengen på 14 ryger hver dag og sælger til de yngre elever, han siger det bare er lidt grønt',
    en: "the 14 year old smokes every day and sells to the younger pupils, he says it's just a bit of weed",
    acute: false,
  },
  {
    concept: "self-harm in young people's words, quoted",
    da: 'pigen på 12 siger hun "snitter" når hun er ked af det og går altid med lange ærmer',
    en: 'the 12 year old says she "cuts" when she is sad and always wears long sleeves',
    acute: false,
  },
  {
    concept: 'laxatives with weight loss and dizziness',
    da: 'pigen på 15 har tabt sig meget, bliver svimmel og tager afføringsmidler',
    en: 'the 15 year old has lost a lot of weight, gets dizzy and takes laxatives',
    acute: false,
  },
  {
    concept: 'pressured into sex although she said no',
    da: 'pigen på 14 blev presset til at ligge med to drenge til en fest, selvom hun sagde nej',
    en: 'the 14 year old was pressured into sex with two boys at a party, even though she said no',
    acute: false,
  },
  {
    concept: 'a silence ordered after the police came, and scratching to blood',
    da: 'eleven på 10 siger "vi skal ikke snakke om det" efter politiet var hjemme hos dem, og hun har kradset sig selv til blods',
    en: 'the 10 year old says "we must not talk about it" after the police came to their home, and she has scratched herself until it bled',
    acute: false,
  },
  {
    concept: 'a condition the parent names, contradicted by what the writer has seen',
    da: 'dagplejebarnet på 2 har tre små runde sår på håndryggen. mor siger det er eksem, men jeg har aldrig set eksem på ham',
    en: "the 2 year old at the childminder's has three small round sores on the back of his hand. mum says it is eczema, but I have never seen eczema on him",
    acute: false,
  },
  {
    concept: 'a birthmark the writer did not see last week',
    da: 'pigen på 10 mdr har en stor blå plet på kinden, mor siger hun er født med den, men den var ikke der i sidste uge',
    en: "the 10 month old girl has a big blue patch on her cheek, mum says she was born with it, but it wasn't there last week",
    acute: false,
  },
  {
    concept: 'an adult who threatens the child to keep quiet',
    da: 'drengen på 8 sagde: far slår mig ihjel hvis jeg fortæller det',
    en: 'the 8 year old said: dad will kill me if I tell',
    acute: false,
  },
  {
    concept: 'an older online contact who sends game money and asks what the child is wearing',
    da: 'pigen på 11 chatter med en på 17 i et spil, han sender hende robux og komplimenter og har spurgt hvad hun har på',
    en: 'the 11 year old chats with someone of 17 in a game, he sends her robux and compliments and asked what she is wearing',
    acute: false,
  },
  {
    concept: 'a child gone for days and the parent does not know where (acute)',
    da: 'drengen på 15 har ikke været hjemme i tre dage, og mor ved ikke hvor han er',
    en: 'the 15 year old has not been home for three days and mum does not know where he is',
    acute: true,
  },
  {
    concept: 'getting the belt',
    da: 'drengen på 9 siger at han får bæltet af far når han ikke hører efter',
    en: 'the 9 year old says he gets the belt from dad when he does not listen',
    acute: false,
  },
  {
    concept: 'a threat the child says is no joke',
    da: 'pigen på 11 sagde "mor slår mig ihjel", og bagefter at det ikke var for sjov, for mor slog hende med en sko i sidste uge',
    en: 'the 11 year old said "mum will kill me", then that it was not a joke, mum hit her with a shoe last week',
    acute: false,
  },
  {
    concept: 'a personal plan after a school project on suicide',
    da: 'klassen har projekt om selvmord, og en pige skrev bagefter at hun har en plan og vil gøre det i aften',
    en: 'the class has a project about suicide, and a girl wrote afterwards that she has a plan and will do it tonight',
    acute: true,
  },
  {
    concept: 'an injury the dentist finds does not fit the story',
    da: 'tandlægen synes ikke skaden passer med forklaringen om cyklen, drengen er 12',
    en: 'the dentist does not think the injury fits the story about the bike, the boy is 12',
    acute: false,
  },
  {
    concept: 'the nappy the child was sent home in',
    da: 'drengen på 1 år kommer hver morgen i den samme ble han blev sendt hjem i, tung og fuld',
    en: 'the 1 year old comes every morning in the nappy he was sent home in, heavy and full',
    acute: false,
  },
  {
    concept: 'an adult online asking for pictures in swimwear',
    da: 'pigen på 10 skriver med en voksen på instagram, som beder om billeder i badetøj',
    en: 'the 10 year old chats with an adult on instagram who asks for pictures in swimwear',
    acute: false,
  },
  {
    concept: 'asking the other children for food',
    da: 'pigen i 3. klasse har tit ingen madpakke og spørger de andre om mad',
    en: 'the girl in year 3 often has no packed lunch and asks the other kids for food',
    acute: false,
  },
  {
    concept: 'fresh welts and a belt (acute)',
    da: 'drengen på 8 har helt friske striber på lårene og siger far tog bæltet',
    en: 'the 8 year old has fresh welts on his thighs and says dad took the belt to him',
    acute: true,
  },
  {
    concept: 'food put away in pockets and asking whether there will be food',
    da: 'pigen på 3 putter boller i lommen til senere og spørger hver fredag om der er mad i weekenden',
    en: 'the 3 year old puts bread rolls in her pockets for later and asks every friday if there will be food at the weekend',
    acute: false,
  },
  {
    concept: 'a pupil not seen for weeks and parents who do not answer',
    da: 'en elev i 8. klasse er ikke set siden vinterferien, og forældrene svarer ikke på opkald',
    en: 'a pupil in year 8 has not been seen since the winter break and the parents do not answer calls',
    acute: false,
  },
  {
    concept: 'a child afraid that telling sends a parent to prison',
    da: 'drengen på 6 sagde: hvis jeg fortæller det, så kommer mor i fængsel',
    en: 'the 6 year old said: if I tell, then mum goes to prison',
    acute: false,
  },
  {
    concept: 'an adult photographing a child in the bath',
    da: 'pigen på 9 siger at hendes papfar tager billeder af hende når hun er i bad',
    en: 'the 9 year old says her stepdad takes photos of her in the bath',
    acute: false,
  },
  {
    concept: 'a parent in a psychiatric ward and no adult at home',
    da: 'mor er indlagt på psykiatrisk afdeling, og drengen på 10 og hans søster på 12 siger der er ingen voksne derhjemme',
    en: 'mum is admitted to the psych ward, and the 10 year old and his sister aged 12 say there are no adults at home',
    acute: true,
  },
  {
    concept: 'a baby with a limb in a cast',
    da: 'baby på 4 måneder har armen i gips, far siger hun rullede ned fra sofaen',
    en: 'baby of 4 months has her arm in a cast, dad says she rolled off the sofa',
    acute: true,
  },
  {
    concept: 'a round burn the size of a cigarette',
    da: 'drengen på 2 har et rundt sår på håndryggen på størrelse med en cigaret',
    en: 'the 2 year old has a round sore on the back of his hand the size of a cigarette',
    acute: true,
  },
  {
    concept: 'a teenager drinking alone every day',
    da: 'drengen på 14 drikker alene hver dag efter skole, mest vodka',
    en: 'the 14 year old drinks alone every day after school, mostly vodka',
    acute: false,
  },
  {
    concept: 'storing packages for others, and a debt',
    da: 'drengen på 16 opbevarer pakker i kælderen for nogle ældre fyre og skylder dem 20.000',
    en: 'the 16 year old stores packages in the basement for some older guys and owes them 20,000',
    acute: false,
  },
  {
    concept: 'a child who makes breakfast and takes the siblings while a parent lies in bed',
    da: 'pigen på 9 laver morgenmad og følger sine to småsøskende i børnehave, far har ligget i sengen siden sommer',
    en: 'the 9 year old makes breakfast and takes her two little siblings to nursery, dad has been in bed since the summer',
    acute: false,
  },
  {
    concept: 'a home too cold and mouldy for a small child',
    da: 'familien har ikke råd til at tænde for varmen, og der er sort skimmel på væggen i soveværelset hos drengen på 2',
    en: "the family can't afford to turn on the heating and there is black mould on the bedroom wall of the 2 year old",
    acute: false,
  },
  {
    concept: 'medicine stopped by the parents',
    da: 'forældrene har stoppet hendes medicin mod epilepsi, og pigen på 7 har haft tre anfald i skolen',
    en: 'the parents have stopped her epilepsy medication and the 7 year old has had three seizures at school',
    acute: false,
  },
  {
    concept: 'a ketamine habit at 17',
    da: 'eleven på 17 siger at hun tager ketamin i weekenderne og kommer påvirket i skole',
    en: 'the 17 year old says she takes ketamine at weekends and comes to school high',
    acute: false,
  },
  {
    concept: 'food withheld as a punishment',
    da: 'mor skriver at pigen på 7 kun får morgenmad i denne uge, fordi hun har været uartig',
    en: 'mum writes that the 7 year old only gets breakfast this week because she has been naughty',
    acute: false,
  },
  {
    concept: 'a plan and the means named in passing',
    da: 'drengen på 15 skrev at han har bestemt sig for lørdag, og at rebet ligger i skuret',
    en: 'the 15 year old wrote that he has decided on saturday and that the rope is in the shed',
    acute: true,
  },
  {
    concept: 'sextortion told as blackmail',
    da: 'drengen på 14 bliver afpresset for penge efter han sendte en nøgenvideo til en på nettet',
    en: 'the 14 year old boy is being blackmailed for money after sending a naked video to someone online',
    acute: false,
  },
  {
    concept: 'a teenager drunk at school and found passed out',
    da: 'drengen på 15 er fuld i skolen hver fredag og er fundet bevidstløs i byen to gange',
    en: 'the 15 year old is drunk at school every Friday and has been found passed out in town twice',
    acute: false,
  },
  {
    concept: 'friends of a parent drinking at home, the child on the floor',
    da: 'pigen på 9 siger hun må sove på gulvet, fordi mors venner drikker og sover rusen ud i hendes seng',
    en: "the 9 year old told me she has to sleep on the floor because her mum's friends use her bed to sleep off the drink",
    acute: false,
  },
  {
    concept: 'going missing for days and coming back with money',
    da: 'drengen på 13 forsvinder hjemmefra i flere dage og kommer tilbage med penge og nyt tøj',
    en: 'the boy (13) has been going missing for days at a time and comes back with money and new clothes',
    acute: false,
  },
  {
    concept: 'a degrading punishment in the cold',
    da: 'drengen på 10 siger at far tvinger ham til at stå ude i haven i underbukser som straf',
    en: 'he (10) says his dad makes him stand in the cold garden in his underpants as punishment',
    acute: false,
  },
  {
    concept: 'a pregnant girl of 14',
    da: 'pigen på 14 er gravid og vil ikke sige, hvem der er far, hun virker bange',
    en: "the 14 year old girl is pregnant and won't say who the father is, she looks terrified",
    acute: false,
  },
  {
    concept: "'it hurts down there' about an adult in her bed",
    da: 'pigen på 6 fortæller at far sover i hendes seng, og at det gør ondt dernede',
    en: 'the 6 year old tells everyone that daddy sleeps in her bed and it hurts down there',
    acute: false,
  },
  {
    concept: 'what the stepfather does to mum',
    da: 'drengen på 15 siger han vil stikke sin stedfar ned for det han gør mod hans mor',
    en: 'the 15 year old boy said he wants to stab his stepfather because of what he does to his mum',
    acute: false,
  },
  {
    concept: 'a blow told in Irish English',
    da: 'drengen på 11 har en flækket læbe og siger at far gav ham en lussing',
    en: 'the 11 year old has a split lip and says his da gave him a clatter',
    acute: false,
  },
  {
    concept: 'left alone at night while the parent goes out',
    da: 'pigen på 8 siger at mor lader hende og babyen være alene om aftenen for at gå i byen',
    en: 'the 8 year old says mam leaves her and the baby on their own most nights to go to the pub',
    acute: false,
  },
  {
    concept: 'groping by a stepparent',
    da: 'pigen på 13 fortalte at stedfar befamler hende, når mor er på arbejde',
    en: 'the 13 year old told me her step-dad gropes her when mum is at work',
    acute: false,
  },
  {
    concept: 'a child dealing drugs for older youths',
    da: 'drengen på 12 sælger hash for nogle ældre fyre',
    en: 'the 12 year old is dealing for some older guys',
    acute: false,
  },
  {
    concept: 'hospital appointments cancelled again and again',
    da: 'forældrene aflyser hele tiden drengens tider på hospitalet',
    en: "the parents keep cancelling the toddler's hospital appointments",
    acute: false,
  },
  {
    concept: "a pillow held over the child's face",
    da: 'pigen på 7 sagde at far holdt en pude over hendes ansigt, så hun holdt op med at græde',
    en: 'the 7 year old said dad put a pillow over her face so she would stop crying',
    acute: true,
  },
  {
    concept: 'made to watch porn by an adult',
    da: 'pigen på 12 siger at onkel får hende til at se porno med ham',
    en: 'the 12 year old says her uncle makes her watch porn with him',
    acute: false,
  },
  {
    concept: 'boiling water thrown at the child',
    da: 'drengen siger at mor kastede kogende vand på ham, han har en rød plet med vabler på halsen',
    en: 'he says his mum threw boiling water at him, there is a red blistered patch on his neck',
    acute: false,
  },
  {
    concept: 'threatened with a beating at home tonight',
    da: 'han (13) vil ikke hjem i dag, stedfar har sagt at han får bank når han kommer hjem',
    en: "he (13) says he won't go home today because his stepdad said he will beat him when he gets home",
    acute: true,
  },
  {
    concept: "all of a parent's pills, late at night",
    da: 'pigen på 15 skrev kl 22.40 at hun har taget alle mors piller og er svimmel',
    en: "the 15 year old texted me at 22.40 that she has taken all her mum's pills and feels dizzy",
    acute: true,
  },
  {
    concept: 'a small child left in a hot car',
    da: 'en dreng på 4 sad alene i en bil uden for butikken i en time i varmen, mor var inde og drak',
    en: 'a boy of 4 was left in a car outside the shop for an hour in the heat, the mother is inside drinking',
    acute: true,
  },
  {
    concept: 'a baby who stops breathing and parents who refuse hospital',
    da: 'babyen på 3 mdr er holdt op med at trække vejret et øjeblik to gange i dag, og forældrene vil ikke på sygehuset',
    en: "the 3 month old has stopped breathing for a moment twice today and the parents won't go to the hospital",
    acute: true,
  },
  {
    concept: 'a drunk parent about to drive off with the child',
    da: 'far kom for at hente pigen på 5 så fuld at han faldt, og nu prøver han at køre af sted med hende',
    en: 'dad came to pick up the 5 year old so drunk he fell over, and now he is trying to drive off with her',
    acute: true,
  },
  {
    concept: 'a flight tomorrow to be married',
    da: 'pigen på 16 skal flyve til Somalia i morgen for at blive gift, hun sidder grædende på mit kontor',
    en: 'the 16 year old girl has a flight tomorrow to Somalia where she will be married, she is crying in my office',
    acute: true,
  },
  {
    concept: 'an adult met online picking her up today',
    da: 'pigen (14) siger at en mand hun har mødt på nettet henter hende efter skole i dag',
    en: 'the girl (14) says a man she met online is picking her up after school today and she has to go with him',
    acute: true,
  },
  {
    concept: 'a parent hearing voices telling her to hurt the baby, alone with it',
    da: 'mor fortalte at hun hører stemmer der siger hun skal skade babyen, og hun er alene med ham nu',
    en: 'mum told me she hears voices telling her to hurt the baby, she is alone with him at home now',
    acute: true,
  },
  {
    concept: 'a deep self-inflicted cut still bleeding',
    da: 'drengen på 12 har et dybt snit på armen som stadig bløder, han siger han selv gjorde det med et barberblad',
    en: 'the 12 year old has a deep cut on his arm that is still bleeding and says he did it himself with a razor',
    acute: true,
  },
  {
    concept: 'abuse yesterday and the adult coming again tonight',
    da: 'pigen på 7 siger at onkel puttede hånden i hendes trusser i går, og han kommer igen i aften',
    en: 'the 7 year old says her uncle put his hands in her knickers yesterday and he is coming again tonight',
    acute: true,
  },
  {
    concept: "a young child's adult boyfriend",
    da: 'pigen på 12 fortæller at hendes 19-årige kæreste henter hende efter skole',
    en: 'the 12 year old says her 19 year old boyfriend picks her up after school',
    acute: false,
  },
  {
    concept: 'a drawing of an adult urinating on the child',
    da: 'drengen på 6 tegnede en mand der tissede på ham og sagde det er onkel',
    en: 'the 6 year old drew a man who peed on him and said it is his uncle',
    acute: false,
  },
  {
    concept: 'a family thrown out into the car in frost',
    da: 'far har smidt mor og børnene ud, og de sidder i bilen på parkeringspladsen i nat, det er frost',
    en: 'dad has thrown mum and the children out and they are sitting in the car in the car park tonight, it is freezing',
    acute: true,
  },
  {
    concept: 'no electricity or heating at home, in a subordinate clause',
    da: 'pigen på 7 sagde at de ikke har strøm og varme derhjemme',
    en: "the 7 year old said they don't have electricity or heating at home",
    acute: false,
  },
  {
    concept: 'a parent asking the child for photos in underwear',
    da: 'pigen på 13 siger at stedfar beder hende om billeder i undertøj om natten',
    en: 'the 13 year old says her stepdad asks her for photos in her underwear at night',
    acute: false,
  },
  {
    concept: 'taken abroad to be married',
    da: 'eleven på 16 siger at hun skal giftes med sin fætter, når familien rejser til Pakistan',
    en: 'the 16 year old says she is being taken to Pakistan to be married to her cousin',
    acute: false,
  },
  {
    concept: 'a parent drunk every weekend',
    da: 'pigen på 8 siger at far bliver meget fuld hver weekend, og hun gemmer sig med lillebror i skabet',
    en: 'the 8 year old says dad gets very drunk every weekend and she hides with her little brother in the wardrobe',
    acute: false,
  },
  {
    concept: 'repeated drinking at pick-up, a party named',
    da: 'far lugtede af øl ved afhentning efter julefrokost, og det er tredje gang denne måned at han kommer fuld og vil køre med drengen på 4',
    en: 'dad smelled of beer at pick-up after the christmas party, and it is the third time this month he has come drunk and wants to drive the 4 year old',
    acute: true,
  },
  {
    concept: 'a resolution that confirms the sign',
    da: 'drengen på 8 havde et blåt mærke på armen. Jeg spurgte forsigtigt ind. Det viste sig at far havde slået ham i går',
    en: 'the 8 year old had a bruise on his arm. I asked carefully. It turned out that his dad had hit him yesterday',
    acute: true,
  },
  {
    concept: 'a parent hearing God and calling the baby possessed, alone with it',
    da: 'far hører Gud og siger at babyen på 6 uger er besat, og han er alene hjemme med babyen nu',
    en: 'dad hears God and says the 6 week old baby is possessed, and he is home alone with the baby now',
    acute: true,
  },
  {
    concept: 'cutting again tonight, in a chat',
    da: "pigen på 13 skrev i en chat: 'jeg skærer igen i aften'",
    en: "the 13 year old wrote in a chat: 'cutting again tonight'",
    acute: true,
  },
  {
    concept: 'a baby falling off the growth curve on watered-down formula',
    da: 'drengen på 9 mdr er faldet under kurven, og forældrene kommer mere vand i flasken så den rækker',
    en: 'the 9 month old has dropped below his growth curve and the parents make the formula with more water so it lasts',
    acute: false,
  },
  {
    concept: 'tonight it ends, with a picture of pills',
    da: "drengen på 14 lagde et billede af piller op med teksten 'i aften er det slut'",
    en: "the 14 year old posted a picture of pills with the text 'tonight it ends'",
    acute: true,
  },
  {
    concept: 'a toddler found alone on a playground at night',
    da: 'jeg fandt en dreng på ca. 3 år alene på legepladsen kl. 21 i sokker',
    en: 'I found a boy of about 3 alone on the playground at 9 pm in his socks',
    acute: true,
  },
  {
    concept: 'a child caring for a baby sibling in the evenings',
    da: 'drengen på 7 passer sin lillesøster på 1 år om aftenen, når mor er på arbejde til kl. 23',
    en: 'the 7 year old looks after his baby sister every evening while mum is at work until 11 pm',
    acute: false,
  },
  {
    concept: 'alone every night since the parent was admitted',
    da: 'pigen på 11 har været alene hjemme hver nat siden mandag, mor er indlagt',
    en: 'the 11 year old has been home alone every night since monday, her mum is in hospital',
    acute: true,
  },
  {
    concept: 'an explanation the facts contradict',
    da: 'drengen på 10 har et blåt mærke på låret, mor siger det var en tackling i kampen, men han var slet ikke med til kampen',
    en: "the 10 year old has a bruise on his thigh, mum says it was a tackle in the match, but he wasn't even at the match",
    acute: false,
  },
  {
    concept: 'only a parent may touch there',
    da: 'pigen på 7 hviskede: "man må ikke røre der, det er kun far der må"',
    en: 'the 7 year old whispered: "you may not touch there, only dad is allowed to touch me there"',
    acute: false,
  },
  {
    concept: 'hoping not to wake up',
    da: 'drengen på 14 sagde at han nogle gange håber at han ikke vågner i morgen',
    en: "the 14 year old said he sometimes hopes he won't wake up tomorrow",
    acute: false,
  },
  {
    concept: 'an adult online asking when the parents are at work',
    da: 'en voksen på nettet spørger pigen på 10 hvornår hendes forældre er på arbejde',
    en: 'an adult online asks the 10 year old when her parents are at work',
    acute: false,
  },
  {
    concept: 'paid to keep a bag',
    da: 'drengen på 11 får 200 kr af en mand for at have en pose liggende derhjemme',
    en: 'the 11 year old gets 200 kr from a man to keep a bag at home',
    acute: false,
  },
  {
    concept: 'many days without a packed lunch',
    da: 'pigen på 8 har mange dage ingen madpakke med',
    en: 'the 8 year old has many days without a packed lunch',
    acute: false,
  },
  {
    concept: 'a parent threatening to take the child away',
    da: 'far har truet med at tage drengen på 5 med sig ud af landet',
    en: 'dad has threatened to take the 5 year old away out of the country',
    acute: false,
  },
  {
    concept: 'a hit told in dialect',
    da: 'drengen på 6 siger: "far gi\'r mæ en på skallen når æ larmer"',
    en: 'the 6 year old says: "dad gives me one on the head when I make noise"',
    acute: false,
  },
  {
    concept: "violence between parents told in a newcomer's Danish",
    da: 'drengen på 10 siger: "i går far slå mor, mor på gulv"',
    en: 'the 10 year old says: "yesterday dad hit mum, mum on floor"',
    acute: true,
  },
  {
    concept: 'a drawing of a parent with a knife, and the child says it happened',
    da: 'pigen på 6 tegnede far med en stor kniv og mor der ligger på gulvet og sagde at det er det der skete i søndags',
    en: 'the 6 year old drew dad with a big knife and mum lying on the floor and said that is what happened on sunday',
    acute: true,
  },
  {
    concept: 'a knife shown at school with a threat',
    da: 'eleven på 16 viste en kniv frem og sagde at han skal ordne en fra en anden skole',
    en: 'the 16 year old showed a knife and said he is going to sort someone from another school out',
    acute: false,
  },
  {
    concept: 'robbing younger children with threats',
    da: 'tre drenge på 14 tager telefoner fra yngre børn med trusler',
    en: 'three 14 year olds take phones from younger children with threats',
    acute: false,
  },
  {
    concept: 'a belt around the neck tied to a hook',
    da: 'jeg fandt pigen på 14 med et bælte om halsen bundet til knagen',
    en: 'I found the 14 year old with a belt around her neck tied to the coat hook',
    acute: true,
  },
  {
    concept: 'belongings given away and not being here on a weekday',
    da: 'drengen på 16 har givet sin pc væk og siger at han alligevel ikke er her på mandag',
    en: "the 16 year old has given his pc away and says he won't be here on monday anyway",
    acute: true,
  },
  {
    concept: 'a parent in psychiatric hospital and the child with a neighbour',
    da: 'mor er indlagt på psyk, og pigen på 8 bor hos en nabo; far er ikke i billedet',
    en: 'mum has been admitted to psych and the 8 year old is staying with a neighbour; dad is not in the picture',
    acute: false,
  },
  {
    concept: 'alone at night while the parent works',
    da: 'drengen på 9 er alene om natten, når mor arbejder på tanken',
    en: 'the 9 year old is on his own at night when mum works at the petrol station',
    acute: true,
  },
  {
    concept: 'an adult who says the child must not tell',
    da: 'pigen på 7 fortalte, at onkel siger at hun ikke må sige det til nogen',
    en: 'the 7 year old told me that her uncle says she must not tell anyone',
    acute: false,
  },
  {
    concept: 'it all ends tonight, under a picture of a rope',
    da: 'drengen på 15 skrev "det hele slutter i aften" under et billede af et reb',
    en: 'the 15 year old wrote "it all ends tonight" under a picture of a rope',
    acute: true,
  },
  {
    concept: 'not collected, said with a contraction',
    da: 'pigen på 6 er ikke blevet hentet',
    en: "the 6 year old hasn't been picked up",
    acute: true,
  },
  {
    concept: "a baby's age abbreviated, with bruises on the cheeks",
    da: 'pigen på 3 mdr har blå mærker på begge kinder',
    en: 'little girl 3 mos has bruises on both cheeks',
    acute: true,
  },
  {
    concept: 'a knife held to a parent, the weapon named after the verb',
    da: 'papfar holdt en kniv mod mors hals i går, og drengen på 8 så det',
    en: "her stepdad held a knife to her mum's throat last night, and the 8 year old saw it",
    acute: true,
  },
  {
    concept: 'a loaded or unlocked gun the child can reach',
    da: 'Drengen (11) fortæller at far har et jagtgevær stående ulåst i soveværelset og at han har vist ham at det er ladt',
    en: 'The boy (11) says his dad keeps a loaded gun in an unlocked cupboard and has shown him how to use it',
    acute: false,
  },
  {
    concept: 'a home that smells of cannabis',
    da: 'Lejligheden lugter af hash, og der kommer fremmede mænd og går hele aftenen, fortæller drengen på 9',
    en: 'The flat smells of weed and strange men come and go all evening, the 9 year old says',
    acute: false,
  },
  {
    concept: 'an eviction and nowhere to sleep tonight',
    da: 'Familien er sat ud af lejligheden i sidste uge og bor nu hos forskellige bekendte, pigen på 10 ved ikke hvor hun skal sove i aften',
    en: "The family was evicted last week and now stays with different acquaintances; the 10 year old doesn't know where she will sleep tonight",
    acute: true,
  },
  {
    concept: 'the electricity cut off at home',
    da: 'Der er lukket for strømmen hjemme, og drengen på 8 laver lektier med lommelygte og spiser koldt',
    en: 'The electricity has been cut off at home and the 8 year old does homework with a torch and eats cold food',
    acute: false,
  },
  {
    concept: 'searching online for how many pills it takes to die',
    da: 'Drengen (15) har søgt på nettet efter hvor mange panodiler man skal tage for at dø',
    en: 'The 15 year old has searched online for how many paracetamol it takes to die',
    acute: true,
  },
  {
    concept: 'saying goodbye and giving belongings to friends',
    da: 'Hun (16) har sagt farvel til sine veninder og givet dem sine smykker, hun virker mærkeligt rolig',
    en: 'She (16) said goodbye to her friends and gave them her jewellery, she seems strangely calm',
    acute: true,
  },
  {
    concept: 'a child delivering packages for older youths',
    da: 'Eleven på 12 har fået en ny jakke til 3000 kr og har kontanter, han siger han hjælper nogle store drenge med at bringe pakker ud',
    en: 'The 12 year old has a new jacket worth a lot and cash, he says he helps some older boys deliver packages',
    acute: false,
  },
  {
    concept: "a young child kissing with the tongue and pulling down others' trousers",
    da: 'drengen på 4 prøver at kysse de andre børn med tungen og hive deres bukser ned',
    en: 'the 4 year old tries to kiss the other children with his tongue and pull their trousers down',
    acute: false,
  },
  {
    concept: 'a family living in a caravan with no heating',
    da: 'familien bor i en campingvogn, og der er ingen varme om vinteren, pigen på 7 fryser',
    en: 'the family lives in a caravan and there is no heating in winter, the 7 year old is cold',
    acute: false,
  },
  {
    concept: 'a weapon turned on a parent at home',
    da: 'far har en kniv i skuffen, og i søndags holdt han den mod mors hals mens pigen på 9 så på',
    en: "dad keeps a knife in the drawer and on sunday he held it against mum's throat while the 9 year old watched",
    acute: true,
  },
  {
    concept: "faeces on the floor and in the child's bed",
    da: 'der ligger hundelort på gulvet i hele lejligheden og i drengens seng',
    en: "there is dog mess on the floor all over the flat and in the boy's bed",
    acute: false,
  },
  {
    concept: 'an infected wound no doctor has seen',
    da: 'pigen på 6 har et betændt sår på armen, som ikke er set af en læge',
    en: 'the 6 year old has an infected wound on her arm that has not been seen by a doctor',
    acute: false,
  },
  {
    concept: 'giving belongings away and saying they are not needed any more',
    da: 'drengen på 16 har givet sin guitar og sin telefon væk og siger at han ikke skal bruge dem mere',
    en: "the 16 year old has given his guitar and his phone away and says he won't need them anymore",
    acute: true,
  },
  {
    concept: 'goodbye letters to the family and a day it will be over',
    da: 'pigen på 15 har skrevet breve til sin mor og sin bror og siger at det hele er overstået inden fredag',
    en: 'the 15 year old has written letters to her mum and her brother and says it will all be over by friday',
    acute: true,
  },
  {
    concept: 'a large amount of sleeping pills',
    da: 'eleven på 16 har taget en stor mængde sovepiller i weekenden',
    en: 'the 16 year old took a large amount of sleeping pills at the weekend',
    acute: true,
  },
  {
    concept: 'a child used as a courier by older youths',
    da: 'drengen på 13 bliver brugt som kurer af nogle ældre unge fra kvarteret',
    en: 'the 13 year old is being used as a courier by some older youths from the area',
    acute: false,
  },
  {
    concept: 'a young child putting an object into her genitals',
    da: 'pigen på 4 puttede en pind ind i sin tissekone i sandkassen',
    en: 'the 4 year old put a stick into her private parts in the sandpit',
    acute: false,
  },
  {
    concept: "a toddler who freezes at an adult's voice",
    da: 'drengen på 3 stivner og gemmer sig, når han hører stedfars stemme i døren',
    en: "the 3 year old freezes and hides when he hears his stepdad's voice at the door",
    acute: false,
  },
  {
    concept: 'no water or heating at home',
    da: 'familien har ikke vand eller varme derhjemme, og pigen på 8 vasker sig på skolens toilet',
    en: 'the family has no water or heating at home and the 8 year old washes at the school toilets',
    acute: false,
  },
  {
    concept: 'still at the kindergarten after closing with no parent answering',
    da: 'drengen på 4 er stadig i børnehaven, vi lukkede for en time siden og hverken mor eller far svarer',
    en: 'the 4 year old is still at the kindergarten, we closed an hour ago and neither mum nor dad is answering',
    acute: true,
  },
  {
    concept: 'a weeping burn and parents who never see doctors',
    da: 'den 2-årige har en forbrænding på hånden, der væsker, og forældrene går aldrig til læger',
    en: 'the 2 year old has a weeping burn on her hand and the parents never take her to doctors',
    acute: false,
  },
  {
    concept: 'saving up pills and knowing how many it takes',
    da: 'drengen på 14 fortalte at han har gemt sin fars sovepiller og ved hvor mange der skal til',
    en: "the 14 year old told me he has been saving his dad's sleeping pills and knows how many it takes",
    acute: true,
  },
  {
    concept: 'a nude picture used to demand money',
    da: 'en fremmed fik hende til at sende et nøgenbillede og vil nu sende det til klassen medmindre hun betaler',
    en: 'a stranger got her to send a nude picture and will now send it to her class unless she pays',
    acute: false,
  },
  {
    concept: 'hospital appointments cancelled every time',
    da: 'drengen på 2 har haft feberkramper, forældrene har fået tider på hospitalet men aflyst dem hver gang',
    en: 'the 2 year old has had seizures; the parents got hospital appointments but cancelled them every time',
    acute: false,
  },
  {
    concept: 'a parent changed the locks and the teenager sleeps in different places',
    da: 'pigen på 15 har sovet forskellige steder i en uge, mor har skiftet låsen',
    en: 'the 15 year old has slept in different places for a week, her mum changed the locks',
    acute: false,
  },
  {
    concept: 'weight loss with an approximate figure and fainting',
    da: 'hun har tabt omkring 8 kilo siden sommer og er besvimet i idræt',
    en: 'she has lost about 8 kg since the summer and fainted in PE',
    acute: false,
  },
  {
    concept: 'drug paraphernalia at a pregnancy visit',
    da: 'graviditetsbesøg: mor er gravid i uge 30, der lå brændt sølvpapir på bordet',
    en: 'antenatal visit: mum is 30 weeks pregnant, there was burnt foil on the table',
    acute: false,
  },
  {
    concept: "a small child's own words for sexual abuse",
    da: 'pigen på 5 siger at mors kæreste gjorde ondt på hendes tissekone i nat',
    en: "the 5 year old says mum's boyfriend hurt her private parts last night",
    acute: true,
  },
  {
    concept: 'hoping not to wake up',
    da: 'han siger stille at han nogle gange håber at han ikke vågner',
    en: "he says quietly that he sometimes hopes he won't wake up",
    acute: false,
  },
  {
    concept: 'gifts and secrets from a friend met online',
    da: 'pigen på 12 har fået et gavekort af en ven hun har mødt i et spil, og de har hemmeligheder',
    en: 'the 12 year old got a gift card from a friend she met in a game, and they have secrets',
    acute: false,
  },
  {
    concept: 'paid to carry a bag for someone',
    da: 'drengen på 13 får 300 kr for at cykle med en pose fra stationen',
    en: 'the 13 year old gets paid 300 kr to cycle a bag from the station',
    acute: false,
  },
  {
    concept: 'bruises on the ears or face of a baby who cannot move by itself',
    da: 'sundhedsplejersken så et blåt mærke bag øret og to på kinden hos en baby på 5 måneder, der endnu ikke kan vende sig',
    en: 'the health visitor saw a bruise behind the ear and two on the cheek of a 5 month old baby who cannot roll over yet',
    acute: true,
  },
  {
    concept: 'overdose',
    da: 'en pige på 15 har slugt en masse af sin mors piller i frikvarteret og er meget sløv nu',
    en: "a 15 year old girl swallowed a lot of her mum's pills at break and is very drowsy now",
    acute: true,
  },
  {
    concept: 'suicidal communication',
    da: 'eleven skrev i sin stil at ingen ville savne hende hvis hun var væk',
    en: 'the student wrote in her essay that nobody would miss her if she was gone',
    acute: false,
  },
  {
    concept: 'suicide plan',
    da: 'han har skrevet et afskedsbrev til sin klasse og siger han ikke vil være her mere',
    en: "he wrote a goodbye letter to his class and says he doesn't want to be here anymore",
    acute: true,
  },
  {
    concept: 'self-injury',
    da: 'hun har mange friske snit på underarmen og gemmer dem under lange ærmer',
    en: 'she has lots of fresh cuts on her forearm and hides them under long sleeves',
    acute: false,
  },
  {
    concept: 'fainting from not eating',
    da: 'pigen i 8. klasse er besvimet to gange og spiser næsten ingenting til frokost',
    en: 'the girl in 8th grade has fainted twice and is not eating at lunch',
    acute: false,
  },
  {
    concept: 'neck pressure',
    da: 'drengen har røde mærker rundt om halsen og siger at stedfar holdt ham',
    en: 'the boy has red marks around his neck and says his stepdad held him',
    acute: true,
  },
  {
    concept: 'infant injury',
    da: 'en baby på 3 mdr har et blåt mærke på låret',
    en: 'a 3 month old baby has a bruise on her thigh',
    acute: false,
  },
  {
    concept: 'infant injury with refused care',
    da: 'spædbarn på 2 mdr har en hævet arm og forældrene vil ikke tage hende på skadestuen',
    en: 'a 2 month old baby has a swollen arm and the parents refuse to take her to the hospital',
    acute: true,
  },
  {
    concept: 'no safe place to sleep tonight',
    da: 'drengen på 14 er smidt ud hjemmefra og ved ikke hvor han skal sove i nat',
    en: 'the 14 year old was kicked out by his mum and has nowhere to sleep tonight',
    acute: true,
  },
  {
    concept: 'sleeping in a basement',
    da: 'han fortæller at han sover i kælderen fordi stedfar ikke vil have ham ovenpå',
    en: "he says he sleeps in the basement because his stepdad won't have him upstairs",
    acute: false,
  },
  {
    concept: 'hunger and food-seeking',
    da: 'hun tager mad fra de andres madpakker og gemmer brød i tasken',
    en: "she takes food from the other kids' lunchboxes and hides bread in her bag",
    acute: false,
  },
  {
    concept: 'same nappy all day',
    da: 'den lille på 1 år kommer med samme ble som i går og har udslæt',
    en: 'the 1 year old arrives in the same nappy as yesterday and has a rash',
    acute: false,
  },
  {
    concept: 'no clothes for the weather',
    da: 'han kommer i sandaler og uden jakke selvom der er frost',
    en: 'he comes in sandals with no coat although it is freezing',
    acute: false,
  },
  {
    concept: 'intoxicated carer about to drive',
    da: 'mor snøvlede og lugtede af alkohol ved hentning og vil køre hjem med børnene i bilen',
    en: 'mum was slurring and smelled of alcohol at pick-up and insists on driving the kids home',
    acute: true,
  },
  {
    concept: 'psychotic carer',
    da: 'far er psykotisk og hører stemmer, han passer drengen alene derhjemme',
    en: 'dad is psychotic and hearing voices, he looks after the boy alone at home',
    acute: false,
  },
  {
    concept: 'carer in hospital with no other carer',
    da: 'mor er indlagt på psykiatrisk og der er ingen andre voksne hjemme hos pigen på 11',
    en: 'mum has been admitted to psychiatric hospital and there are no other adults at home with the 11 year old',
    acute: false,
  },
  {
    concept: 'secret with an adult',
    da: 'pigen siger hun har en hemmelighed med onkel som hun ikke må sige til nogen',
    en: "the girl says she has a secret with her uncle that she isn't allowed to tell anyone",
    acute: false,
  },
  {
    concept: 'online grooming',
    da: 'en mand på 25 har skrevet med hende på snap og beder om billeder uden trøje',
    en: 'a 25 year old man has been messaging her on snap and asked for pictures without a top',
    acute: false,
  },
  {
    concept: 'online grooming, meeting near',
    da: 'en fyr på 19 fra nettet har bedt om billeder af hende og de skal mødes i aften',
    en: 'a 19 year old guy from online asked her for photos and they are going to meet tonight',
    acute: true,
  },
  {
    concept: 'honour control and forced travel',
    da: 'hun er lovet væk til en fætter og familien har købt billetter til hjemlandet på fredag',
    en: 'she has been promised to a cousin and the family bought tickets for the trip on friday',
    acute: true,
  },
  {
    concept: 'afraid to go home today',
    da: 'drengen tør ikke gå hjem i dag fordi far har sagt han får tæsk',
    en: "the boy doesn't dare go home today, dad said he'll get a beating when he gets home",
    acute: true,
  },
  {
    concept: 'a carer who cannot be woken',
    da: 'drengen på 6 siger at mor sover og ikke vågner når han rusker i hende, lillesøster på 1 er hjemme hos hende',
    en: "the boy, 6, says mum is asleep and won't wake up when he shakes her, his sister of 1 is at home with her",
    acute: true,
  },
  {
    concept: 'hunger since yesterday',
    da: 'pigen siger hun ikke har fået noget at spise siden i går middag, der var ikke noget i køleskabet',
    en: 'the girl says she has not had anything to eat since yesterday lunch, there was nothing in the fridge',
    acute: false,
  },
  {
    concept: 'medical care kept from the child',
    da: 'drengen halter og knæet er hævet, far siger vi går ikke til læge for sådan noget',
    en: 'the boy limps and his knee is swollen, he has not seen a doctor since he was five, dad says prayer is enough',
    acute: false,
  },
  {
    concept: 'a child asks to stay the night away from violence',
    da: 'han fortæller at far slog ham sidst han kom hjem med en seddel, far henter kl 16 og han spørger om han må sove her',
    en: 'he says dad hit him last time he brought a note home, dad picks him up at 4 and he asks if he can sleep here',
    acute: true,
  },
  {
    concept: 'suicidal talk about oneself in the third person',
    da: 'drengen sagde til en kammerat at det ville være lettere for familien hvis han ikke var her mere',
    en: 'the boy told a friend it would be easier for his family if he was not here anymore',
    acute: false,
  },
  {
    concept: 'no future',
    da: 'pigen skrev i en opgave at hun ikke regner med at få en fremtid',
    en: "the girl wrote in an assignment that she doesn't expect to have a future",
    acute: false,
  },
  {
    concept: 'a carer who believes the family is watched',
    da: 'far siger at der sidder kameraer i drengens tøj og at naboen er sendt for at holde øje med dem',
    en: 'dad says there are cameras in his clothes and that the neighbour was sent to keep an eye on them',
    acute: false,
  },
  {
    concept: 'a marriage arranged abroad',
    da: 'hun skal møde sin kommende mand i sommerferien og vil det ikke',
    en: 'she is to meet her future husband in the summer holiday and does not want to',
    acute: false,
  },
  {
    concept: 'a carer in psychiatry and no other parent',
    da: 'mor er indlagt på psykiatrisk afdeling. far er ukendt, og drengen på 11 bor hos en kammerat',
    en: 'mum has been admitted to the psychiatric ward. the father is unknown and the 11 year old stays with a friend',
    acute: false,
  },
  {
    concept: 'a mark shaped like a hand',
    da: 'mærket på hans lår ligner en hånd',
    en: 'the mark on his thigh looks like a hand',
    acute: false,
  },
  {
    concept: 'hiding from an adult at home',
    da: 'når stedfar råber, gemmer hun sig under sengen med sin lillebror',
    en: 'when her stepdad shouts she hides under the bed with her little brother',
    acute: false,
  },
  {
    concept: 'parents who turn the doctor away from a chronic illness',
    da: 'forældrene vil ikke samarbejde med lægen om drengens sukkersyge og vil behandle ham naturligt',
    en: "the parents won't cooperate with the doctor about the boy's diabetes and want to treat him naturally",
    acute: false,
  },
  {
    concept: 'drawings of sex far beyond the age',
    da: 'pigen på 5 tegner nøgne voksne med kønsdele og viser dem til de andre',
    en: 'the 5 year old girl draws naked adults with genitals and shows them to the others',
    acute: false,
  },
  {
    concept: 'an injury in a toddler who does not walk yet',
    da: 'pigen på 15 mdr har et hævet håndled. hun går ikke endnu. mor siger hun faldt ned fra sofaen',
    en: "the 15 month old girl has a swollen wrist. she isn't walking yet. mum says she fell off the sofa",
    acute: false,
  },
  {
    concept: 'a bite mark bigger than a child could make',
    da: 'der er et ovalt bidemærke på hendes ryg, større end et barns tænder',
    en: "there is an oval bite mark on her back, bigger than a child's teeth",
    acute: false,
  },
  {
    concept: 'singed marks',
    da: 'drengen har svedne mærker på håndryggen',
    en: 'the boy has singed marks on the back of his hand',
    acute: false,
  },
  {
    concept: 'a secret only for the two of them',
    da: 'pigen siger at det hun og stedfar laver om aftenen er kun for os to',
    en: 'the girl says what she and her stepdad do in the evenings is just between the two of us',
    acute: false,
  },
  {
    concept: 'a parent hits their child in public',
    da: 'en far slog sin pige i hovedet på parkeringspladsen sidste måned',
    en: 'a dad hit his girl on the head in the car park last month',
    acute: false,
  },
  {
    concept: 'appointments cancelled while the child loses weight',
    da: 'mor aflyser lægetider igen, og pigen har tabt sig siden sommer',
    en: 'mum keeps cancelling the doctor appointments and the girl has lost weight since summer',
    acute: false,
  },
  {
    concept: 'does not want to go home because a parent gets angry',
    da: 'drengen vil ikke hjem om eftermiddagen, fordi far bliver vred igen',
    en: "the boy doesn't want to go home in the afternoon because dad gets angry again",
    acute: true,
  },
  {
    concept: 'suicide in slang',
    da: 'pigen skrev på snap at hun vil slå sig selv ihjel lol',
    en: 'the girl posted that she wants to unalive herself lol',
    acute: true,
  },
  {
    concept: 'a toddler alone in a car',
    da: 'en dreng på 2 sad alene i en bil på parkeringspladsen i en halv time',
    en: 'a 2 year old boy was left alone in a car in the car park for half an hour',
    acute: true,
  },
  {
    concept: 'an adult man who collects the child and gives money',
    da: 'pigen på 14 bliver hentet af en voksen mand i en bil hver fredag og har mange penge',
    en: 'the 14 year old girl is picked up by an adult man in a car every Friday and has lots of money',
    acute: false,
  },
  {
    concept: 'a burn from a hot iron',
    da: 'drengen har et brændemærke formet som et strygejern på ryggen',
    en: 'the boy has a burn mark shaped like an iron on his back',
    acute: true,
  },
  {
    concept: 'summer clothes in frost',
    da: 'han kommer i sandaler og en tynd jakke i frostvejr',
    en: 'he comes in sandals and a thin jacket in freezing weather',
    acute: false,
  },
  {
    concept: "sleeping in someone's car",
    da: 'pigen på 16 sover i kærestens bil efter et skænderi derhjemme',
    en: "the 16 year old girl sleeps in her boyfriend's car after a row at home",
    acute: false,
  },
  {
    concept: 'a parent held down by a partner',
    da: 'han fortalte at mors kæreste holdt hende fast på gulvet i nat',
    en: "he said mum's boyfriend held her down on the floor last night",
    acute: true,
  },
  {
    concept: 'a goodbye message',
    da: 'en elev skrev "farvel alle sammen, undskyld" i klassens chat i morges',
    en: 'a pupil wrote "goodbye everyone, sorry" in the class chat this morning',
    acute: true,
  },
  {
    concept: 'a paranoid parent who wants to take the child',
    da: 'far siger at naboerne spionerer på dem og vil tage drengen væk',
    en: 'dad says the neighbours are spying on them and wants to take the boy away',
    acute: true,
  },
  {
    concept: 'a boyfriend many years older',
    da: 'pigen på 14 har fået en ny kæreste, han er 26 og giver hende penge og cigaretter',
    en: 'the 14 year old girl has a new boyfriend, he is 26 and gives her money and cigarettes',
    acute: false,
  },
  {
    concept: "a child's own drinking",
    da: 'drengen på 13 lugtede af alkohol i morges og havde en flaske vodka i sin taske',
    en: 'the 13 year old boy smelled of alcohol this morning and had a bottle of vodka in his bag',
    acute: false,
  },
  {
    concept: 'a threat to take the child abroad for good',
    da: 'far har sagt at han vil tage børnene med til sit hjemland og aldrig komme tilbage',
    en: 'dad has said he will take the children back to his home country and never come back',
    acute: false,
  },
  {
    concept: 'a parent in hospital and the children alone since',
    da: 'mor blev kørt væk i ambulance i mandags. Far bor i udlandet. Søskende på 9 og 11 har været alene hjemme siden',
    en: 'mum was taken away by ambulance on Monday. Dad lives abroad. The siblings aged 9 and 11 have been home alone since',
    acute: true,
  },
  {
    concept: 'drunk at pick-up',
    da: 'mor kom og skulle hente, hun var helt fuld ved afhentningen',
    en: 'mum came to collect him and was completely drunk at pick-up',
    acute: true,
  },
  {
    concept: 'a fracture in a baby named as a compound',
    da: 'babyen på 4 mdr har et kravebensbrud, og ingen ved hvordan',
    en: 'the 4 month old baby has a broken collarbone and nobody knows how',
    acute: true,
  },
  {
    concept: 'a weapon held against a parent',
    da: 'drengen fortalte at far truede mor med en kniv i køkkenet',
    en: 'the boy told us that dad threatened mum with a knife in the kitchen',
    acute: true,
  },
  {
    concept: 'locked out of the home after school',
    da: 'pigen på 8 kan ikke komme ind efter skole, døren er låst og ingen er hjemme før sent',
    en: 'the 8 year old girl cannot get into the flat after school, the door is locked and nobody is home until late',
    acute: false,
  },
  {
    concept: 'medicine not given for weeks',
    da: 'drengen har ikke haft sin inhalator med i tre uger, og mor glemmer det hver gang',
    en: "the boy hasn't had his inhaler for three weeks and his mum forgets it every time",
    acute: false,
  },
  {
    concept: 'round scars of the same size',
    da: 'pigen har fire runde ar på underarmen, alle lige store',
    en: 'the girl has four round scars on her forearm, all the same size',
    acute: false,
  },
  {
    concept: 'a parent who cannot cope with a baby',
    da: 'mor til en baby på 6 uger siger at hun ikke kan mere, han skriger hele natten',
    en: "the mother of a 6 week old baby says she can't cope any more, he screams all night",
    acute: false,
  },
  {
    concept: 'a baby shut away by a parent who cannot cope',
    da: 'far til en baby på 2 mdr kan ikke mere og har lagt hende i kælderen og lukket døren',
    en: "the father of a 2 month old baby can't take it any more and has put her in the basement and shut the door",
    acute: true,
  },
  {
    concept: 'sexualised play described without the word',
    da: 'i puderummet lå to børn på 4 oven på hinanden og lavede lyde, og den ene bad en anden pige om at tage trusserne af',
    en: 'in the soft room two 4 year olds lay on top of each other making noises, and one asked another girl to take off her knickers',
    acute: false,
  },
  {
    concept: 'dental care ignored',
    da: 'drengen på 9 har haft tandpine i ugevis, og tandplejen har sendt fire indkaldelser, men ingen er kommet',
    en: 'the 9 year old has had toothache for weeks and the dental clinic sent four appointment letters but no one came',
    acute: false,
  },
  {
    concept: 'a fracture taken to a doctor late',
    da: 'pigen på 8 brækkede håndleddet i weekenden men kom først til læge i dag',
    en: 'the 8 year old broke her wrist at the weekend but only saw a doctor today',
    acute: false,
  },
  {
    concept: 'selling pictures of oneself',
    da: 'en pige på 14 sælger billeder af sig selv til mænd på nettet',
    en: 'a 14 year old girl sells pictures of herself to men online',
    acute: false,
  },
  {
    concept: 'an explanation the writer contradicts',
    da: 'en dreng på 11 har blå mærker på ryggen, han siger det er fra fodbold men de sidder i lige striber',
    en: 'an 11 year old has bruises on his back, he says they are from football but they are in straight lines',
    acute: false,
  },
  {
    concept: 'a baby who is not thriving',
    da: 'babyen på 3 uger vejer stadig under sin fødselsvægt, har for få våde bleer, og mor kigger ikke på ham',
    en: 'the 3 week old baby is still below his birth weight, has too few wet nappies, and his mother does not look at him',
    acute: false,
  },
  {
    concept: 'food from the bins',
    da: 'vi fandt drengen på 9 i skraldespanden bag hallen, hvor han spiste rester',
    en: 'we found the 9 year old in the bins behind the gym where he was eating leftovers',
    acute: false,
  },
  {
    concept: 'an intoxicated parent about to drive',
    da: 'mor kom for at hente drengen på 6, hendes pupiller var helt små, og hun siger hun skal køre ham hjem',
    en: 'mum came to collect the 6 year old, her pupils were tiny and she says she is going to drive him home',
    acute: true,
  },
  {
    concept: 'errands for older youths',
    da: 'drengen på 13 henter pakker for de ældre ved stationen og har pludselig mange penge',
    en: 'the 13 year old delivers packages for the older boys at the station and suddenly has a lot of money',
    acute: false,
  },
  {
    concept: 'a child alone with small siblings overnight',
    da: 'pigen på 11 er alene med sine små søskende hele natten, når mor er ude',
    en: 'the 11 year old is alone with her little siblings all night when mum is out',
    acute: false,
  },
  {
    concept: 'a parent who drinks again',
    da: 'far til pigen på 5 er begyndt at drikke igen efter behandlingen',
    en: "the 5 year old's dad is drinking again after his treatment",
    acute: false,
  },
  {
    concept: 'pills saved and a farewell',
    da: 'pigen på 15 har en pose med piller gemt under sengen og skriver at så slipper de for mig',
    en: 'the 15 year old has a bag of pills hidden under her bed and writes that then they will be rid of me',
    acute: true,
  },
  {
    concept: 'a violent home behind a locked door',
    da: 'drengen på 8 siger at far smadrede en tallerken mod væggen, og han sover i badeværelset for der kan man låse',
    en: 'the 8 year old says dad smashed a plate against the wall and he sleeps in the bathroom because you can lock it',
    acute: false,
  },
  {
    concept: 'grip marks',
    da: 'pigen på 10 har blå mærker rundt om begge håndled, som fra fingre',
    en: 'the 10 year old has bruises around both wrists, like from fingers',
    acute: false,
  },
  {
    concept: 'fainting and very little food',
    da: 'pigen på 14 besvimede i idræt, hun spiser kun et æble til frokost og er blevet meget tynd',
    en: 'the 14 year old fainted in PE, she eats only an apple for lunch and has got very thin',
    acute: false,
  },
  {
    concept: 'an injury again',
    da: 'drengen på 6 har et hævet øje, mor siger han faldt, sidste måned var det armen',
    en: 'the 6 year old has a swollen eye, his mum says he fell, last month it was his arm',
    acute: false,
  },
  {
    concept: 'afraid of relatives abroad',
    da: 'drengen på 12 siger han skal derned igen til sommer og er bange for onklerne',
    en: 'the 12 year old says he has to go back there again this summer and is afraid of his uncles',
    acute: false,
  },
  {
    concept: 'a small child not collected, nobody opens',
    da: 'drengen på 6 står ved bussen, ingen henter ham, og der er ingen der åbner derhjemme',
    en: 'the 6 year old is standing at the bus, nobody picks him up and no one opens the door at home',
    acute: true,
  },
  {
    concept: 'a farewell with things given away',
    da: 'drengen på 14 skrev i nat at i skal ikke savne mig, og i dag har han givet sin telefon væk',
    en: 'the 14 year old wrote last night that you should not miss me, and today he gave his phone away',
    acute: true,
  },
  {
    concept: 'not going home tonight, said flatly',
    da: 'pigen på 13 sagde jeg tager ikke hjem i aften, han er fuld igen',
    en: "the 13 year old said i'm not going home tonight, he is drunk again",
    acute: true,
  },
  {
    concept: 'a child asks to sleep elsewhere after a threat',
    da: 'drengen på 9 spørger om han kan sove hos sin moster i nat, for far holdt en kniv op mod mor i går',
    en: "the 9 year old asks if he could sleep at his aunt's house tonight, because dad held a knife up against mum yesterday",
    acute: true,
  },
  {
    concept: 'an intoxicated parent here now to collect',
    da: 'far er lige kommet for at hente sin datter på 3. Han går skævt og lugter af sprit',
    en: 'dad has just turned up to collect his 3 year old. He is slurring and reeks of beer',
    acute: true,
  },
  {
    concept: "a grip on a parent's throat, seen by the child",
    da: 'drengen på 6 fortæller at far tog fat om mors hals i går',
    en: "the 6 year old says dad grabbed mum's throat yesterday",
    acute: true,
  },
  {
    concept: 'thanks and farewell',
    da: 'pigen på 16 skrev tak for alt, I har været de bedste, og har givet sin computer væk',
    en: 'the 16 year old wrote thanks for everything, you guys have been the best, and gave her laptop away',
    acute: true,
  },
  {
    concept: 'a toddler alone at home',
    da: 'naboen ser en dreng på 2 stå i vinduet alene hele formiddagen',
    en: 'the neighbour sees a 2 year old standing alone at the window all morning',
    acute: true,
  },
  {
    concept: "abuse told in a small child's words, last night",
    da: 'pigen på 4 sagde at onkel puttede fingeren derind i aftes, og det gjorde ondt',
    en: 'the 4 year old said her uncle put his finger inside her last night and it hurt',
    acute: true,
  },
  {
    concept: 'waking without clothes after a party, this weekend',
    da: 'pigen på 15 vågnede uden bukser efter festen i weekenden og har ondt',
    en: 'the 15 year old woke up without her trousers after the party this weekend and is in pain',
    acute: true,
  },
  {
    concept: 'a suicide plan told calmly',
    da: 'drengen på 16 siger han har regnet ud hvordan han vil gøre det, og at det bliver i nat',
    en: 'the 16 year old says he has worked out how to do it and that it will be tonight',
    acute: true,
  },
  {
    concept: 'a forced marriage abroad, flight booked',
    da: 'pigen på 16 siger far har købt flybilletter til fredag, og at hun skal giftes med en fætter dernede',
    en: 'the 16 year old says her father booked the flight for Friday and she will be married to a man she has never met',
    acute: true,
  },
  {
    concept: 'a parent gone for days',
    da: 'drengen på 7 siger at mor har været væk siden fredag, og lillebror er alene derhjemme',
    en: 'the 7 year old says mum has been gone since Friday and his little brother is home alone',
    acute: true,
  },
  {
    concept: 'a violent father at the gate of a sheltered child',
    da: 'drengen på 8 bor med mor på krisecenter, og nu står far ved hegnet og råber hans navn',
    en: 'the 8 year old lives with his mum at a crisis shelter, and now his dad is standing at the fence calling his name',
    acute: true,
  },
  {
    concept: 'a shaken baby',
    da: 'far til drengen på 6 uger siger han kom til at ryste ham i nat, og hovedet røg frem og tilbage',
    en: 'the father of the 6 week old says he shook him last night and his head went back and forth',
    acute: true,
  },
  {
    concept: 'punishment with a belt, told as a threat',
    da: 'drengen på 10 siger at han får bæltet, hvis han får en dårlig karakter',
    en: 'the 10 year old says his dad hits him with the belt if he gets a bad mark',
    acute: false,
  },
  {
    concept: 'a tickling game under the covers',
    da: 'pigen på 6 fortæller at storebror kommer ind om natten og leger kildeleg under dynen, og det er en hemmelighed',
    en: 'the 6 year old says her big brother comes in at night and plays a tickling game under the covers, and it is a secret',
    acute: false,
  },
  {
    concept: 'films of naked people shown to a small child',
    da: 'en nabo viser drengen på 5 film på sin telefon hvor folk er nøgne',
    en: 'a neighbour shows the 5 year old videos on his phone where people are naked',
    acute: false,
  },
  {
    concept: 'a parent who turns up drunk',
    da: 'far til pigen i 3. klasse kom fuld til forældremødet i går',
    en: "the father of the girl in 3rd grade came drunk to the parents' evening yesterday",
    acute: false,
  },
  {
    concept: 'teeth left to rot',
    da: 'drengen på 8 har sorte tænder og siger det gør ondt at tygge',
    en: 'the 8 year old has black teeth and says chewing hurts',
    acute: false,
  },
  {
    concept: 'shut out on the balcony as punishment',
    da: 'pigen på 7 siger at hun skal stå ude på altanen, når hun græder, også om vinteren',
    en: 'the 7 year old says she has to stand out on the balcony when she cries, even in winter',
    acute: false,
  },
  {
    concept: 'an adult who buys a teenager things and drives her',
    da: 'pigen på 14 bliver hentet af en mand omkring 25, som køber tøj og sko til hende',
    en: 'the 14 year old is picked up by a man around 25 who buys her clothes and shoes',
    acute: false,
  },
  {
    concept: 'a child who looks after an ill parent',
    da: 'pigen på 10 giver mor hendes piller om morgenen og laver mad til de to små, fordi mor ikke kan komme ud af sengen',
    en: "the 10 year old gives her mother her pills every morning and cooks for the little ones because mum can't get out of bed",
    acute: false,
  },
  {
    concept: 'a paranoid parent',
    da: 'mor til de tre søskende siger at naboerne putter gift i maden og at lærerne filmer hende',
    en: 'the mother of the three siblings says the neighbours are poisoning the food and the teachers are filming her',
    acute: false,
  },
  {
    concept: 'sextortion',
    da: 'en dreng online truer med at dele billeder af pigen på 12, hvis hun ikke sender flere',
    en: "a boy online threatens to share pictures of the 12 year old if she doesn't send more",
    acute: false,
  },
  {
    concept: 'health appointments never kept',
    da: 'tandplejen har indkaldt drengen på 6 fire gange, og familien er ikke mødt op',
    en: 'the dental clinic has called the 6 year old in four times and the family never showed up',
    acute: false,
  },
  {
    concept: "leftovers from others' trays",
    da: 'drengen på 9 spiser resterne fra de andres bakker og siger der ikke er noget mad derhjemme',
    en: "the 9 year old eats leftovers from the others' trays and says there is no food at home",
    acute: false,
  },
  {
    concept: 'bulimia signs',
    da: 'pigen på 14 har sår på knoerne og spiser nu kun salat',
    en: 'the 14 year old has scars on her knuckles and only eats salad now',
    acute: false,
  },
  {
    concept: 'a man asks a boy to his flat',
    da: 'en mand på 40 fra et spil vil give drengen på 12 flere gaver, hvis han kommer forbi hans lejlighed',
    en: 'a man of 40 from a game wants to give the 12 year old more presents if he comes over to his flat',
    acute: false,
  },
  {
    concept: 'a secret with a coach',
    da: 'drengen på 8 siger at træneren gør ting med ham i omklædningen, og at det er deres hemmelighed',
    en: 'the 8 year old says the coach does stuff with him in the changing room and that it is their secret',
    acute: false,
  },
  {
    concept: 'no jacket in the cold',
    da: 'drengen på 7 kommer i t-shirt og klipklapper, også nu i november',
    en: 'the 7 year old comes without a jacket, and it is minus 6',
    acute: false,
  },
  {
    concept: 'absences with injuries on return',
    da: 'far melder pigen syg flere dage ad gangen, og da hun kom tilbage i dag havde hun et blåt mærke ved øjet',
    en: 'dad calls her in sick for days at a time, and when she comes back she has bruises on her face',
    acute: false,
  },
  {
    concept: 'a child who smells of hash and sells for older ones',
    da: 'drengen på 13 lugter af hash og sælger for de ældre ved stationen',
    en: 'the 13 year old smells of weed and sells for the older boys at the station',
    acute: false,
  },
  {
    concept: 'a wish not to wake up',
    da: 'pigen på 10 skrev at hun gerne vil sove og aldrig vågne igen',
    en: 'the 10 year old wrote that she wishes she could go to sleep and not wake up',
    acute: false,
  },
  {
    concept: 'cuts told thigh first',
    da: 'pigen på 15 viste mig sit lår, der var mange friske snit',
    en: 'the 15 year old showed me her thigh, there were many fresh cuts',
    acute: false,
  },
  {
    concept: 'a child who flinches',
    da: 'drengen på 8 dukker sig når en voksen løfter hånden, og dækker hovedet med armene',
    en: 'the 8 year old flinches when an adult raises a hand and covers his head with his arms',
    acute: false,
  },
  {
    concept: 'a child hides when the parent comes',
    da: 'pigen på 6 gemmer sig i puderummet hver gang hendes far kommer',
    en: 'the 6 year old hides in the soft room whenever her dad comes',
    acute: false,
  },
  {
    concept: 'locked in',
    da: 'drengen på 8 bliver låst inde i et lille rum, når onkel går ud',
    en: 'the 8 year old is locked in a small room when his uncle goes out',
    acute: false,
  },
  {
    concept: "naked photos by a parent's partner",
    da: 'pigen på 6 siger at mors kæreste tager billeder af hende når de er nøgne',
    en: "the 6 year old says mum's boyfriend takes photos of her when they are naked",
    acute: false,
  },
  {
    concept: 'running away from home',
    da: 'drengen på 13 er stukket af hjemmefra for anden gang i denne måned',
    en: 'the 13 year old ran away from home for the second time this month',
    acute: false,
  },
  {
    concept: 'sent away to learn to behave',
    da: 'far vil sende drengen på 12 tilbage til en koranskole, så han lærer at opføre sig',
    en: 'dad is sending the 12 year old back home to a religious school so he learns to behave',
    acute: false,
  },
  {
    concept: 'a baby who weighs the same',
    da: 'babyen på 6 uger vejer næsten det samme som ved sidste besøg',
    en: 'the 6 week old baby weighs about the same as at the last visit',
    acute: false,
  },
  {
    concept: 'thrown out and sleeping in a bus shelter',
    da: 'drengen på 16 blev smidt ud, da han sprang ud som homo, og har sovet i et busskur to nætter',
    en: 'the 16 year old was told to get out after coming out and has slept in a bus shelter for two nights',
    acute: false,
  },
  {
    concept: 'a toddler shrinking from a raised hand',
    da: 'når en voksen rækker hånden op, kryber pigen på 2 sammen og holder armene over hovedet',
    en: 'when an adult raises a hand, the 2 year old flinches and covers her head with her arms',
    acute: false,
  },
  {
    concept: 'punished with a belt',
    da: 'drengen på 10 siger at far straffer ham med bæltet, når han får dårlige karakterer',
    en: 'the 10 year old says his father punishes him with a belt when he gets bad marks',
    acute: false,
  },
  {
    concept: 'a psychotic parent alone with the children tonight',
    da: 'far er holdt op med sin medicin, siger at fjernsynet sender ham beskeder, og er alene med børnene i nat',
    en: 'dad is off his meds, says the tv sends him messages and is alone with the kids tonight',
    acute: true,
  },
  {
    concept: 'afraid the stepfather comes in at night',
    da: 'pigen på 12 sover ikke i sin egen seng, fordi hun er bange for at stedfar kommer ind',
    en: 'the 12 year old will not sleep in her own bed because she is afraid her stepdad will come in',
    acute: false,
  },
  {
    concept: 'a mark shaped like a shoe, explained by a fall',
    da: 'drengen på 12 har et blåt mærke på ribbenene, der ligner en sko, far siger han faldt af cyklen',
    en: 'the 12 year old has a bruise on his ribs like a shoe print, his dad says he fell off his bike',
    acute: false,
  },
  {
    concept: 'insulin left out on purpose to lose weight',
    da: 'pigen på 14 med type 1-diabetes fortæller, at hun springer sin insulin over med vilje for at blive tyndere',
    en: 'the 14 year old with type 1 diabetes tells me she skips her insulin on purpose to get thinner',
    acute: false,
  },
  {
    concept: 'a lone parent admitted to hospital tomorrow, with no family to take the child',
    da: 'mor er alene med drengen på 3 og skal indlægges i morgen til en operation, hun har ingen familie i Danmark',
    en: 'the single mum of the 3 year old is having surgery tomorrow and has no family in Denmark to take him',
    acute: false,
  },
  {
    concept: 'a baby losing weight, in the same wet nappy, with no formula at home',
    da: 'babyen på 4 mdr har tabt sig siden sidste besøg, ligger i samme våde ble, og der er ingen modermælkserstatning i køkkenet',
    en: 'the 4 month old baby has lost weight since the last visit, lies in the same wet nappy, and there is no formula in the kitchen',
    acute: true,
  },
  {
    concept: 'a swollen arm in a toddler, and no doctor',
    da: 'drengen på 1 år har en hævet arm og græder når vi rører ved den, mor har ikke været til læge med ham',
    en: 'the 1 year old has a swollen arm and cries when we touch it, his mother has not taken him to a doctor',
    acute: true,
  },
  {
    concept: 'propaganda of killings and contempt for unbelievers',
    da: 'drengen på 16 deler videoer med halshugninger i klassens chat og skriver at de vantro skal straffes',
    en: 'the 16 year old shares videos of beheadings in the class chat and writes that the infidels must be punished',
    acute: false,
  },
  {
    concept: 'a young teenager who turns up high',
    da: 'drengen på 13 kom skæv i klubben i går med røde øjne og grinede af ingenting',
    en: 'the 13 year old turned up stoned at the youth club yesterday with red eyes, laughing at nothing',
    acute: false,
  },
  {
    concept: 'a boy who takes the little ones to nursery while his mother lies in bed',
    da: 'drengen i 7. klasse får de to små i børnehave hver morgen, mor har ifølge ham ligget i sengen i flere uger',
    en: 'the boy in year 7 takes the two little ones to kindergarten every morning, his mum has been in bed for weeks he says',
    acute: false,
  },
  {
    concept: 'a child under 15 with an adult boyfriend',
    da: 'pigen på 12 har en ny kæreste på 19, som henter hende efter skole og giver hende dyre gaver',
    en: 'the 12 year old has a new boyfriend aged 19 who picks her up after school and gives her expensive gifts',
    acute: false,
  },
  {
    concept: 'pictures of a girl spread in a class chat',
    da: 'de har lækket billeder af hende i klassens snapgruppe, pigen på 14 sidder og græder på toilettet',
    en: 'they have leaked pictures of her in the class snap group, the 14 year old is crying in the toilets',
    acute: false,
  },
  {
    concept: 'a note with the means and the time of a suicide',
    da: 'pigen på 13 gav mig en seddel: "jeg gør det i aften, jeg har gemt et reb". Hun er gået hjem',
    en: 'the 13 year old gave me a note: "I\'m doing it tonight, I have hidden a rope". She has gone home',
    acute: true,
  },
  {
    concept: 'a parent at pick-up who can hardly stand',
    da: 'mor kom for at hente drengen på 3 i børnehaven og kunne næsten ikke stå på benene, tredje gang',
    en: 'mum came to pick up the 3 year old at kindergarten and could hardly stand, third time',
    acute: false,
  },
  {
    concept: 'wetting and refusing to undress since a new adult moved in',
    da: 'pigen på 12 tisser i bukserne igen og vil ikke klæde om til idræt, efter mors nye kæreste flyttede ind',
    en: "the 12 year old wets herself again and won't change for PE, since her mum's new boyfriend moved in",
    acute: false,
  },
  {
    concept: "a plan to take all of a parent's sleeping pills tonight",
    da: 'veninden viste mig en besked fra pigen på 13: "jeg har fundet mors sovepiller, i aften tager jeg dem allesammen"',
    en: 'her friend showed me a text from the 13 year old: "I found mum\'s sleeping pills, tonight I\'m taking them all"',
    acute: true,
  },
  {
    concept: 'a child who has been married',
    da: 'pigen på 15 er blevet gift i sommerferien i hjemlandet',
    en: 'the girl (15) was married off in her home country during the summer holidays',
    acute: false,
  },
  {
    concept: 'a baby alone',
    da: 'naboen hører babyen græde alene i lejligheden hele dagen, mor er gået',
    en: 'the neighbour hears the baby crying alone in the flat all day, the mother has gone out',
    acute: true,
  },
];

/** Word order and inflection: subordinate clauses, participles, third person, abbreviations. */
const FORMS: readonly [string, boolean][] = [
  // From the round-4 blind dev halves (classes, in new words).
  [
    'the girl (8) says she puts her little brothers to bed every night because mum goes out, and mum comes home in the morning',
    true,
  ],
  ['pigen på 9 putter sine små søskende i seng og giver lillebror flaske om aftenen', false],
  ['boy 15 not eating nothing only water, he lose very much weight', false],
  ['hans puls er meget langsom og han spiser næsten ingenting', false],
  ['his stepdad whups him with a belt when he is cheeky', false],
  ['far slår ham med sit bælte, og det giver striber på ryggen', false],
  // From the round-3 sealed misses, read after their one scoring (classes, in new words).
  ['pigen på 16 har en kæreste, og hendes brødre har sagt at så ved hun godt hvad der sker', true],
  ['hendes fætre står ved skolen hver morgen og følger efter hende hjem', false],
  ['armen er hævet og han kan ikke bevæge den, men mor siger at de ikke skal på skadestuen', true],
  ['han har røde streger rundt om halsen og vil ikke sige hvorfor', true],
  ['hun har et tydeligt håndaftryk på kinden i dag', false],
  ['hans storesøster har sagt at næste gang tager hun rebet, og der ligger et reb på hendes værelse', true],
  ['he posted: this is my last weekend, got everything ready', true],
  ['de ældre drenge siger at han skal vise han er loyal før han må være med', false],
  ['drengen på 4 prøver at trække bukserne ned på de små i garderoben', false],
  ['træneren giver ham gaver og de har en hemmelighed som far ikke må vide', false],
  // From the round-3 blind dev halves (classes, in new words).
  ['far snakker sløret når han henter, og pupillerne er helt små', false],
  [
    'drengen på 10 siger at hans lillesøster på 3 år er alene hjemme, mor gik i går aftes og er ikke kommet hjem',
    true,
  ],
  ['pigen på 14 har ikke boet hjemme i tre uger og sover skiftevis hos veninder, en nat i en opgang', false],
  ['he told me he would rather be dead than go back home to his stepdad', false],
  ['tandlægen har indkaldt ham tre gange, men mor er aldrig mødt op, og han har ondt i tænderne', false],
  ['a pupil sends out a menu on Snapchat: pills and weed emojis with prices', false],
  [
    'mor har bipolar lidelse og har været stabil på medicin i flere år, men i dag talte hun om stemmer',
    false,
  ],
  ['drengen på 6 fortæller at mor og far slog hinanden i går', true],
  [
    'vi har en pige på 3 der ikke er hentet og klokken er 17.40, vi kan ikke få fat i mor eller far, telefonerne er slukket',
    true,
  ],
  [
    'on my night off I came home at 2am and the 1 year old and the 3 year old were alone sleeping, the parents were at a party in town',
    true,
  ],
  ["the 9 year old says her coach gives her money and sweets and she isn't allowed to tell her mum", false],
  ["the boy (8) said 'dad will kill me' and laughed, but he looked scared and has a bruise on his arm", true],
  ['drengen (14) sagde stille efter timen: jeg håber bare jeg ikke vågner', false],
  ["a boy of 14 wrote in his diary: i just hope i don't wake up", false],
  [
    'pige 9 fra Eritrea: "mor syg i hoved, hun ikke står op, jeg passe lillebror hele dagen, ingen mad"',
    false,
  ],
  ["a' ska' itt hjem i dav, for a' er bang for far, sagde drengen (8)", true],
  ['drengen (11) siger på gebrokkent dansk at far "slår mor med bælte og mor græde"', false],
  ['han har sagt at han ikke gider leve mere', true],
  ['hun har skåret sig i armene igen', false],
  ['eleven siger at hun ikke får aftensmad når far er sur', false],
  ['hun sagde at hun ønsker hun var død', true],
  ['pigen fortæller at stedfar kommer ind på hendes værelse om natten og rører hende', false],
  ['he touches me where i dont like it, she said about her uncle', false],
  ['they have taken her passport and she is scared of the summer trip', true],
  ['pigen på 3 år viser sin tissekone frem og vil have de andre til at røre', false],
  ['the mother is pregnant and uses heroin', false],
  ['dreng på 10 md med brud på benet', true],
  ['a tør itt gå hjem i aften, sagde pigen', true],
  ['han sagde der var ik nøj derhjem i går, og han var helt sulten', false],
  ['far siger æ drææng har itt vær i skuel i fire uger', false],
  ['drengen sagde at han ikke vil hjem i dag, fordi far bliver vred over sedlen', true],
  ['pigen på 14 siger stille at hun vil dø, hun har det så svært derhjemme', true],
  ['pigen på 13 skrev i sin stil at hun vil dø, fordi ingen hører efter derhjemme', true],
  ['drengen på 15 sagde haha jeg vil dø, og så gik han og har ikke været i skole siden', true],
  ['drengen på 11 har blå mærker på ryggen efter hver weekend hos far, han har autisme og taler ikke', false],
  ['Far til H. kom for sent til mødet, talte højt og lugtede af øl', false],
  ['babyen på 10 mdr er faldet i vægt, og der var ingen mælk i køleskabet', true],
  ['drengen på 3 har lus igen, ingen har behandlet ham', false],
  ['han siger han vil ta sit eget liv', true],
  ['pigen (4) sagde at onkel viste hende sin tissemand', false],
  ['dreng 7 siger han har set film på fars computer hvor de er nøgne', false],
  [
    'the boy (10) said he wants to jump in front of the train and has thought about which train and when',
    true,
  ],
  ['dreng 16 har kniv med i skole og siger han ska stikke en fra 9b efter sidste time', true],
  ['boy 12 say he meet a man from fortnite after school today, the man ask for pics', true],
  ['pige 10 fortæller stedfar sender hende beskeder om hvor lækker hun er', false],
  ['eleven fortæller at mor og far smider ting efter hinanden hver aften', false],
  ['dreng 14 ryger grønt hver dag i frikvarteret', false],
  ['mom has cancer and must be in hospital for three weeks, she has no one for the 2 kids', false],
  ['kid 10 said he thinks about being dead, it would be easier for everybody', false],
  ['he came to school with a burn on his hand, he says mum held it on the stove', false],
  ['han siger at far holdt hans hånd på kogepladen', false],
  ['he is 14 and we found a bag of pills in his locker', false],
  ['dad picked up the 3 year old completely drunk and drove away', true],
  ['far hentede drengen på 3 helt fuld og kørte væk i bilen', true],
  ['drengen på 3 har mærker efter bid på armen, det er en voksens tandsæt', false],
  ['the 3 year old has an adult-sized bite mark on his arm', false],
  ['han er blevet tvunget til at sælge hash for nogle ældre', false],
  ["pigen på 13 skriver med en 'dreng på 16' som vil have billeder uden tøj", false],
  ['she says she is not allowed to eat dinner when she is bad', false],
  ["he's 11 and has been absent 25% this term, parents don't answer", false],
  ['the boy (4) plays doctor and tries to put things in other kids bottoms', false],
  ['drengen på 4 stikker ting op i numsen på de andre børn', false],
  ['the girl (4) said her uncle showed her his willy', false],
  ['hun har været væk fra skolen 20 % af tiden i dette kvartal', false],
  ['drengen har tabt 10 kg på to måneder og kaster op efter maden', false],
  ['mor sover tungt på sofaen og vi kan ikke vække hende, drengen på 2 er alene', true],
  ['pigen på 14 har snittet sig i armene igen', false],
  ['pigen 14 hun snitter, siger veninden', false],
  ['the 13 year old has been sexting with a 30 yo guy', false],
  [
    'N. (1 år 10 mdr) har et nyt blåt mærke hver mandag. Mor siger hver gang noget nyt, senest at han slog sig på bordet',
    false,
  ],
  ['the 10 month old has dropped in weight and there was no milk in the fridge', true],
  ['our girl (14) says she doesn\u2019t take her insulin so she gets thinner', false],
];

describe('forms of the concepts', () => {
  it.each(FORMS)('%s', (text, acute) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute });
  });
});

describe.each(PAIRS)('concept: $concept', ({ da, en, acute }) => {
  it.each([
    ['Danish', da],
    ['English', en],
  ])('%s: %s', (_language, text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute });
  });

  it('the English twin raises the same warnings as the Danish one', () => {
    const a = classifier.classify(da);
    const b = classifier.classify(en);
    expect([b.dutyToNotify, b.acute]).toEqual([a.dutyToNotify, a.acute]);
  });
});

const BENIGN = [
  // Look-alikes from the round-4 retired false alarms and the round-5 dev halves: literature, a game,
  // brambles, a move to another school, slate-grey spots, a parent stable for years, a full nappy.
  'essay on Hamlet, girl 16: Ophelia chooses to die because nobody listens to her, a fine analysis',
  'stil om en roman af Tove Ditlevsen, pigen på 15 skriver klogt om hovedpersonens tanker om at dø',
  'drengen på 10 efter fortnite: han dræbte mig og tog alle mine skins, så spillede de videre',
  'pigen på 8 faldt i brombærbuskene på turen og har rifter på armene, vi så det ske',
  'eleven i 9.a skriver i klassechatten: farvel og tak for alt, jeg starter på efterskole, ses til festen',
  "the 10 month old has slate grey patches on his lower back that don't change colour, written in the health visitor notes",
  'mor har haft skizofreni i mange år og har været stabil i over fem år, hun er i fast behandling',
  'fuld ble ved afhentning i dag, vi havde glemt at skifte ham efter middagsluren',
  'jeg dør hvis jeg ikke får billetter til den koncert, sagde pigen på 15 og grinede',
  // Look-alikes of the round-4 sealed classes: a night shift, a class outing, prescribed pills, play.
  'mor sover hele dagen, fordi hun har nattevagt på sygehuset',
  'mum sleeps all day because she works nights at the hospital',
  'vi går til broen i aften med klassen for at se fyrværkeriet',
  'pigen på 9 skal tage sin penicillin, mor har sagt hun skal tage dem i aften',
  'the 7 year old pulled his friend by the arm to come and see the rabbit',
  // From the round-4 blind dev halves (classes, in new words).
  'pigen på 12 blev hentet af en voksen mand i bil, det var hendes onkel, mor havde skrevet det på Aula',
  'he has a bleeding disorder and bruises easily, the hospital letter is in his file; a new supply teacher asked about the bruises',
  'drengen på 6 skrev en historie om en drage der slog kongen ihjel med et sværd',
  'hun genfortalte at drengen blev låst inde i kælderen, det er fra en film hun så',
  // From the round-3 sealed false alarms, read after their one scoring (classes, in new words).
  'ingen hentede ham kl 15, men det var morfar der skulle hente og han kom fem minutter efter',
  'mor fortalte glad at hun er gravid igen, storesøster på 11 glæder sig',
  'han har atopisk eksem, så der er kradsemærker og sår på armene, og lægen følger det',
  'after the cross-country run they were literally dying, but everyone drank water and was fine',
  'hun sagde hun var alene hjemme, men far var ude i haven lige uden for vinduet',
  'rygtet om at han blev anholdt er tjekket, det var en helt anden dreng',
  'flyverdragten var i vask, og mor kom med en tør dragt inden frokost',
  'she wrote a short story where the main character feels nobody would miss her; she says it is based on a film',
  'han havde en kniv med, det var hans snittekniv til friluftsdagen',
  'mors tidligere kæreste slog hende for fire år siden, det blev underrettet dengang og han flyttede',
  'sidste år var hun bange for at gå hjem under skilsmissen, nu bor hun fint hos begge',
  'han har mange penge for tiden, han har fået en avisrute',
  // From the round-3 blind dev halves (classes, in new words).
  'to piger på 5 skubbede hinanden i garderoben om en hue, de er venner igen',
  'blåt mærke på låret fra legepladsen, hvor jeg selv så ham støde ind i bænken',
  'mor har en depression og er i behandling nu, far og mormor tager over med hente og bringe, og drengen er glad',
  'rødme på halsen hos babyen på 6 mdr er savleudslæt, sundhedsplejersken har set det',
  'en veninde sagde at hun skærer i sig selv, men det er kradsmærker fra deres nye killing',
  'en elev sagde at S skal giftes i sommerferien, men det er hendes storesøster der skal giftes, og S glæder sig til at være brudepige',
  'drengen på 12 havde en ny telefon og mange penge, som han fik af sin farfar til fødselsdagen',
  'nogen i klassen siger at hun tager stoffer, men det er hendes ADHD-medicin efter aftale med lægen',
  'han spiser lidt til frokost, det er en kendt bivirkning af hans medicin, og lægen følger hans vægt',
  'absence is 20 % this term, all documented hospital treatment, and we have set up home teaching',
  'hun skar i sig selv for tre år siden, har afsluttet et forløb i BUP og har det godt nu',
  'mor har bipolar lidelse og har været stabil på medicin i mange år',
  'boy 3 touch his own private parts at rest time, normal for the age',
  'red marks on her neck where the new necklace sits, it is a nickel allergy',
  'eleven i 6. klasse har 14 % fravær pga en planlagt knæoperation og genoptræning, alt er aftalt med os',
  'pigen i 2. klasse sagde at hendes far slår hende ihjel fordi hun glemte sin taske, og grinede: det er bare noget man siger',
  'pigen på 14 har tabt 3 kg siden hun begyndte til svømning, hun spiser morgenmad og madpakke og har normal vægt',
  'drengen på 11 mdr går langs møblerne og vælter mange gange om dagen, han har et blåt mærke på panden efter et bump på sofabordet',
  'mor fortalte at hun er tørlagt alkoholiker og har været ædru i otte år, barnet trives',
  'the girl (3) has red stripes on her back, grandma did coin rubbing when she had a fever, which the family always does',
  'pigen i 8. klasse har røde mærker på halsen af udslæt fra en ny halskæde, mor har været hos lægen med det',
  'pigen på 3 er ikke hentet kl 17, mor har lige ringet at hun holder i kø på motorvejen, og mormor er på vej',
  "my 9th graders say they're gonna kms whenever they get a bad math grade, everyone laughs, it's just how they talk",
  'the 3 year old bruises very easily on his legs. He has a diagnosed bleeding disorder, we have the hospital letter. A new colleague asked if we should worry about the bruises.',
  'en gravid i uge 22 fortæller at hun havde et misbrug for ca 10 år siden, hun har været ude af det siden og har fast job',
  'the girl (8) was very hungry and cried, she forgot her packed lunch at home, dad brought it within the hour',
  'pigen på 4 har lus igen. Mor behandler hver gang med det samme og skriver selv til os',
  'the boy (3) has a bruise on his forehead, he ran into the door frame at home while chasing the dog, and he showed us how',
  'a boy in 6th grade shouted "I\'m gonna kill myself" when he lost at FIFA, laughing, and started a new game',
  'min 9. klasse har lavet en podcast om mental sundhed og taler generelt om selvskade og stress',
  'drengen på 16 går op i fitness og taler om "cutting" og protein, han spiser normalt og vægten er stabil',
  'hele børnehaven har lus, og en dreng har kradset sig til blods i nakken',
  'klassekammeraterne siger hun har en ny plug, men det er en veninde der sælger brugt tøj på nettet',
  "pigen på 7 råbte 'min mor slår mig ihjel!' fordi hun havde fået mudder på de nye sko. Hun grinede, og mor lo også ved afhentning",
  "the girl (7) shouted 'mum is going to kill me!' because of the mud on her new shoes. She laughed, and mum laughed too at pick-up",
  'jeg fortalte klassen at min egen far drak da jeg var barn, som en del af forløbet om alkohol',
  'I told my class that my own dad drank when I was a kid, as part of the unit on alcohol',
  'pigen på 5 fortalte at far kastede mor ned i sofaen i aftes, og hele familien havde pudekamp',
  'a boy in year 9 shouted "I\'m gonna kill myself if I fail this maths test" and everyone laughed, he passed',
  'the girl (10) says her stepdad comes into her room at night and reads Harry Potter aloud, she loves it',
  'dagplejebarn på 11 mdr slog panden mod bordkanten, da hun trak sig op at stå, jeg så det og har ringet til mor',
  'den nye baby på 7 mdr har medfødte pletter på lænden, som sundhedsplejersken har noteret',
  'vi har temauge om mental sundhed, og eleverne har lavet plakater om selvmordsforebyggelse',
  'drengen på 8 råbte "mor slår mig ihjel" og grinede, det var for sjov',
  'drengen på 7 med autisme slår sig selv i hovedet når der er larm, der er en handleplan med PPR',
  'pigen på 6 har beskidt tøj om morgenen, fordi de bor på en gård og hun hjælper i stalden',
  'drengen på 15 drak to øl til en konfirmation, og forældrene vidste det',
  'hendes storebror på 24 blev anholdt i sidste uge, hun har det fint hos mor og far',
  'mor fortalte at hun selv blev slået som barn, og derfor taler hun altid roligt med sin søn',
  'far var fuld til firmafesten, børnene sov hos farmor',
  'baby på 6 måneder har blågrå pletter på lænden, de har været der siden hun blev født. En vikar troede det var blå mærker.',
  'the 10 year old had a bruise on his cheek after a calf kicked him at the farm',
  "the 13 year old says 'kill me now' when maths starts",
  'pigen på 7 har aflyst tandlægen 2 gange pga feber, mor ringede selv og fik en ny tid',
  'pigen på 11 har ar på armene efter et skoldningsuheld som lille, hun går til kontrol hos plastikkirurgen',
  'pigen på 4 fik et blåt øje i børnehaven, da hun gik ind foran gyngen, to voksne så det, og vi har udfyldt hændelsesskemaet',
  'pigen på 5 siger at mor drikker vin hver aften, det er et glas til aftensmaden, og mor læser godnathistorie bagefter',
  'pigen på 8 sagde under en konflikt om skærmtid "min mor er syg i hovedet, hun tager min iPad!" og grinede bagefter',
  'drengen (8) fortalte at far slog ham i skak i går, han var lidt sur over det',
  'pigen på 5 har blå mærker på knæene efter vi var på skovtur og hun faldt mange gange',
  'han (12) sagde "jeg dør af grin" da vi så filmen i klassen',
  'mor har fortalt at hun er indlagt til en planlagt operation, far og mormor passer børnene',
  'pigen (15) er flyttet til sin far efter aftale, mor kommer stadig til samtalerne',
  'drengen på 7 sover hos sin farmor i weekenden, fordi mor og far er til bryllup',
  'pigen på 13 har en kæreste på 14 fra klassen, de er søde sammen',
  'far ryger på altanen og drengen (6) synes det lugter, skal vi gøre noget?',
  'eleven (16) har fået nyt tøj og ny telefon af sine bedsteforældre til konfirmationen',
  'pigen (4) sagde "mor slår mig ihjel" da hun spildte saft, og grinede',
  'drengen (10) var i weekenden til fødselsdag og sov i telt i haven hos en ven',
  'pigen (9) var ked af det fordi mormor er død, familien taler åbent om det',
  'drengen på 14 har tabt sig 3 kg efter han fik tandregulering og ikke kunne tygge, tandlægen følger det',
  'far hentede med en øl i hånden fra naboens grillfest, mor gik med og bar barnet',
  'the 10 year old told everyone his dad gave him a clatter of new Lego for his birthday',
  'mum is pregnant again and the 6 year old is so excited to be a big sister',
  'the 13 year old has been missing school for days with the flu, mum rang every morning',
  'the boys in 7th grade were selling cakes and drinks for the class trip',
  'our 4 year old says her tummy hurts down there when she needs the toilet, mum has taken her to the GP who says it is constipation',
  "the 9 year old says his grandma's friends come for coffee and cards every Thursday",
  'the 8 year old had to stand outside the classroom for a minute after throwing a rubber',
  'the teenager went missing for two hours at the festival but was found with friends, parents were there',
  'she (12) says her uncle makes her watch old films with him on Sundays, they love Disney',
  'dad put a pillow over his face as a joke during a pillow fight, the 7 year old laughed',
  'the kids left the baby doll alone at night in the role play corner',
  'mor er gravid med en lillebror, og pigen på 8 glæder sig meget',
  'drengen i 3. kl fortalte at han var låst inde i en time i lørdags, det var et escape room til en fødselsdag',
  'pigen på 16 har en kæreste på 17, som henter hende i klubben på knallert, forældrene kender ham godt',
  'the girl (14) has a plaster on her wrist after she cut herself on a broken glass at home, mum called the school',
  'drengen (11) havde en kniv med i skole til madkundskab, læreren havde bedt dem tage en med',
  'pigen på 8 har ikke strøm på telefonen, så hun kunne ikke ringe til mor efter træning',
  'eleven på 16 har en kæreste på 17 fra gymnasiet, forældrene kender ham godt',
  // Was a warning until the blind writers labelled it benign four times out of four: one smell of
  // wine after a named party, with the sober parent driving, is not a concern about the child.
  'far lugtede af vin efter julefrokosten ved afhentningen, men mor kørte bilen',
  'far lugtede af øl ved afhentning efter julefrokost, mor kørte bilen, og drengen på 3 var glad',
  'sfo kl 16.45: pigen på 7 er ikke hentet endnu, mor har skrevet at hun sidder i kø på motorvejen og er her kl 17.15',
  "drengen på 3 sagde 'mor glemte at hente mig!' men mor havde skrevet det på Aula, og mormor hentede som aftalt",
  'pigen på 16 har tynde hvide streger på hofterne, det er strækmærker efter hun voksede meget på et år',
  'drengen på 12 har runde røde mærker i et mønster på ryggen, hans mormor laver kopning på ham når han er forkølet',
  'baby 4 mdr har et rødt mærke på kinden, det er et jordbærmærke (hæmangiom), og lægen følger det',
  'eleven på 16 har 12 % fravær på grund af migræne, han går til neurolog, og forældrene giver altid besked',
  'pigen på 14 med Ehlers-Danlos får let blå mærker og følges på hospitalet',
  'the 11 year old has a big bruise on his thigh from paintball at a birthday party, several classmates were there',
  'Vuggestuen: pigen på 11 mdr slog panden mod reolen, da hun trak sig op. To af os så det, og det står i ulykkesloggen',
  "pigen på 9 sagde 'vi må ikke sige det til nogen!' og blev helt rød. Jeg blev lidt urolig. Det viste sig at klassen planlægger en overraskelse til lærerens fødselsdag",
  'the 8 year old had a big bruise on his shin on monday, and we were worried. We have now talked with him and it turned out he got a kick in football practice',
  'SFO lukker 17. Pigen (8) var ikke hentet 17.00, men mor ringede 16.50 og sagde hun havde fået punktering, og morfar kom kl. 17.15',
  'Blåt mærke på knæet, faldt i frikvarteret, set af gårdvagten',
  'dagplejebarnet på 1½ år har blå mærker på skinnebenene, hun har lige lært at gå, vi ser det ske her hver dag',
  'pigen på 14 har lange ar på underarmene, det er ar efter hudtransplantation, da hun blev forbrændt som lille',
  "pigen på 5 sagde 'far slog mor i går!' og jeg fik et chok. Hun forklarede at de spillede ludo, og far slog mors brik hjem",
  "the 15 year old said 'I want to die' after the projector fell during her talk, she meant she could die of embarrassment, and laughed",
  'some boys in 4th grade say rude words from TikTok and giggle, it is usual for the age, one mother asks if it is sexualised behaviour',
  'the 6 year old gets angry when he loses a game and throws things, his parents are working with us on it',
  'de er helt udsultede efter idræt, kan vi få frugtpause tidligere?',
  'drengen på 13 henter sine søskende, mens mor har nattevagt, far er hjemme om aftenen',
  'vi havde tovgynge i skoven, og pigen på 9 fik rebet rundt om halsen da hun gled af, jeg stod lige ved siden af og fik det af med det samme',
  'we watched clips from a series about a teenager who commits suicide in our well-being unit, and the 9th graders asked good questions',
  'far er indlagt med en depression, og mormor er flyttet ind og passer de to børn, som har det godt',
  '7.kl har haft seksualundervisning. En dreng tegnede en tissemand på tavlen, og alle grinede',
  'the 2 year old sleeps on her own at night now, in her own room, and mum is proud',
  'drengen på 4 har været i sommerhus i en måned med mor og far og er glad og brun',
  'pigen på 10 skar gulerødder i madkundskab og holdt kniven mod brættet, som hun havde lært',
  'far tager drengen på 12 med på skydebanen, hvor han har lært ham at skyde med luftgevær',
  'vi legede vandpistolkrig i haven, og pigen på 8 holdt sin vandpistol mod far',
  'vi var på ferie i campingvogn med drengen på 6, og der var ikke vand på pladsen en dag',
  'vi sov i telt i haven med far i weekenden, det havde drengen på 7 glædet sig til i en måned',
  'the class slept outside in the schoolyard for our project on homelessness, with teachers there all night',
  'han er sulten hele tiden, men han har taget 6 cm siden jul og får en ekstra madkasse med',
  'beskidt tøj hver dag hos pigen på 4: mudder til knæene, hun går i skovbørnehave',
  'drengene på 10 legede med vandpistoler i haven og holdt dem mod hinanden',
  'tvillingerne bor skiftevis hos mor og far og sover godt begge steder',
  'pedellen har skiftet låsen til cykelkælderen fordi nøglen var væk',
  'mor og far drikker et glas rødvin til maden om lørdagen, fortæller pigen glad',
  'drengen på 2 rører ved sin tissemand når han skal sove, som mange på hans alder',
  'hun spiser kun grøntsager i kantinen, familien er blevet vegetarer sammen',
  'lillebror råber at storebror slår ham, de skændtes om en legetøjsbil',
  'blod i trusserne, hun har fået sin første menstruation og vi gav hende et bind',
  'drengen har blå mærker på knæene efter klatrevæggen i weekenden',
  'babyen på 4 måneder har en mongolsk plet på ryggen, som sundhedsplejersken noterede ved fødslen',
  'the kids shout "I will kill you" at each other when they play tag at break, nobody gets hurt',
  "his mum works at a women's refuge and he is proud of her job",
  'she has a bleeding disorder, and the parents gave us a plan for what to do if she hurts herself',
  '"I don\'t want to be here anymore, I want to go home and play!" he shouted when it started to rain',
  'another child bit her on the arm over a toy, I was right there',
  'he landed badly on the trampoline yesterday and has a bruise on his shin, dad told us at drop-off',
  'a six-year-old has violent tantrums when activities change; the parents see the same and want help',
  'she cut herself on the finger while we were cutting paper, plaster on',
  'Drengen faldt ned fra gyngen i frikvarteret, jeg så det selv. Nu har han et stort blåt mærke på panden.',
  'She fell off the climbing frame at break and two of us saw it. She has a big bruise on her knee now.',
  'drengen på 9 har ridser på hænderne, familien har fået en ny kat som kradser når de leger med den',
  'my son has scratches all over his arms from our new puppy, we showed the photos at drop-off',
  'vi sov i bilen i to nætter, fortalte hun glad, de har lånt farfars campingvogn og været ved fjorden',
  'we did a lot of cutting out shapes and gluing today; one girl got paper cut and a plaster',
  'he lost the spelling bee and has a bruised ego, moping at lunch',
  'far sagde at han slår hende ihjel hvis hun glemmer madpakken igen, og pigen grinede med',
  'dad said he would kill her if she forgot her PE kit again, and the girl laughed back',
  'blåt øje fra fodbold i går, ingen tegn på vold',
  'han har blå mærker på skinnebenet efter håndboldkampen i weekenden',
  'a black eye from football practice yesterday, no signs of abuse',
  'pigen på 4 år har mange blå mærker, hun har en diagnosticeret blødersygdom',
  'babyen på 3 mdr har et lille blåt mærke på låret, hun blev vaccineret i går',
  'jeg vil ikke være her mere, jeg vil hjem og spille, råbte han da det regnede',
  'hun har en hemmelighed med far om mors fødselsdagsgave',
  'drengen skar sig i tommelfingeren i sløjd, plaster på',
  'mor er indlagt til en knæoperation og mormor passer ham hele ugen',
  'the girls laughed at her photos in the class group chat',
  'drengen slog sig på gyngestativet i frikvarteret og fik en bule, jeg stod selv ved siden af',
  "the boy said he and grandpa have a secret he cannot tell anyone, it is a birdhouse for mum's birthday",
  'i seksualundervisningen i 6. klasse spurgte eleverne anonymt om sex og porno',
  'far sad og sov i bilen på p-pladsen før sfo åbnede, han kom fra nattevagt',
  'han sagde grinende "min mor dræber mig", da han tabte sin madpakke i vandpytten',
  'dreng 9 år med blå mærker på skinnebenene. han spiller fodbold to gange om ugen',
  'boy, 9, bruises on both shins. he plays football twice a week and his shin pads are old',
  'mor sover altid om eftermiddagen, fordi hun har nattevagt, og far henter og laver mad',
  'eleven skrev en novelle om en dreng der bliver slået, inspireret af en film han har set',
  'pigen skal være brudepige til sin kusines bryllup i Tyrkiet og har vist mig returbilletten',
  'babyen har blågrå pletter på lænden, som sundhedsplejersken noterede som modermærker ved fødslen',
  'drengen har meget fravær på grund af sin astma, forældrene skriver hver gang og beder om lektier',
  'she was kicked out of the class group chat and is sad about it, her parents have called us',
  'he got a bruise on his shin during football in the break. two teachers saw it. his dad wrote later that it is only a bruise',
  'far er væk i tre uger ad gangen på en boreplatform, de ringer sammen hver aften',
  'far smed drengene ud af stuen, fordi de larmede, mens han så fodbold',
  'S på 4 sagde grinende at han ikke har fået mad i hundrede år, han havde glemt madpakken i bilen',
  'far drak et glas vin til sommerfesten og gik hjem med børnene bagefter',
  'dad had a glass of wine at the summer party and walked home with the kids',
  'babyen på 9 mdr har et lille blåt mærke i armbøjningen efter en blodprøve på sygehuset i går',
  'i seksualundervisningen i 6. klasse spurgte en elev om man kan blive gravid første gang',
  'en dreng i 3. klasse stjal 15 kr fra sin vens pung og gav dem tilbage dagen efter',
  'drengen på 15 har et blåt øje, det skete til sparring til klubstævnet i lørdags, træneren var der',
  'the 15 year old has a black eye from sparring at boxing on Saturday, his coach was there',
  'pigen på 11 spiser ikke frokost i ramadanen og spiser med familien når solen går ned',
  'the 11 year old does not eat lunch during Ramadan and eats with her family at sunset',
  'drengen på 10 glemte sin nøgle og var låst ude, så han gik til naboen efter reservenøglen som aftalt',
  'the 10 year old forgot his key and was locked out, so he got the spare key from the neighbour as agreed',
  'Emma 12 er alene hjemme en time efter skole, det har hun og mor aftalt, og hun har telefon med',
  'mor talte sløret ved afhentningen, hun kom lige fra tandlægen og var stadig bedøvet',
  'drengen på 11 siger han er med i et band med sin bror, de spiller på skolefesten',
  'pigen på 8 skar sig lidt i fingeren, da hun skar agurker i SFO, vi satte plaster på',
  'pigen på 16 har et sugemærke på halsen fra kæresten, og veninderne driller hende',
  "the 14 year old made a poster on self-harm for mental health week, using the nurse's leaflet",
  'the 7 year old has a bruise on his arm, he fell off his bike and his dad showed us the doctor note',
  'drengen på 11 spiller ishockey og bliver tit tacklet ind i banden, han har blå mærker på skinnebenene fra kampene',
  'drengen på 13 er altid sulten om eftermiddagen, han er i et vildt vokseryk, og mor giver ham en ekstra madpakke med',
  'pigen i 8. klasse har skrevet en novelle om en pige, der vil tage sit eget liv, hun valgte temaet efter en film',
  'drengen på 7 råbte "jeg vil dø" da han tabte i ludo. Fem minutter efter grinede han og ville spille igen',
  'jeg vil dø, råbte drengen på 8 grinende, da han tabte i ludo for tredje gang',
  'the 12 year old said "i want to die lol" when we got extra maths homework, and everyone laughed',
  'drengen på 7 siger at far slår ham, men det viser sig at de har pudekamp hver aften',
  'pigen på 12 passer sin lillebror en time efter skole, det har de aftalt, og hun kan ringe til mor',
  'pigen på 6 må ikke komme hjem i dag, for hun skal hjem til mormor som hun plejer om onsdagen',
  'sekretæren har låst drengens medicin inde på kontoret',
  'pigen på 7 går alene rundt i frikvarteret, hun har svært ved at finde nogen at lege med',
  'pigen på 11 har en læsebog om en pige, der bliver låst inde i et tårn, og hun elsker den',
  'mor til babyen på 5 uger fortæller at amningen går fint, hun kan mærke at han tager på',
  'dagplejer: lus igen hos drengen på 3, mor har kæmmet og brugt lusemiddel i aftes og skrevet til de andre forældre',
  'the girl (4) has head lice again, mum treated her last night with the lice shampoo',
  'pigen på 3 sagde "far drikker øl" i samling, der var grillfest i weekenden og far fik en øl til maden',
  'sundhedsplejerske: pigen på 9 mdr går langs møblerne og faldt mod sofabordet i går, mor så det, lille blåt mærke på panden',
  'health visitor: the 9 month old pulls himself up on the furniture and bumped into the coffee table, I saw him do the same during the visit',
  'i historie har 9.b et tema om ekstremisme og radikalisering, og drengen på 15 holdt et fint oplæg',
  'pigen på 16 har en kæreste på 18, de har været sammen et år, og forældrene kender ham',
  'far glemte at hente drengen (3) i vuggestuen, ringede fem minutter efter lukketid og kom lige efter, det er aldrig sket før',
  'drengen i 2. klasse fortalte at far "er i fængsel hver dag og låser folk inde", far er fængselsbetjent og griner selv af det',
  'pigen på 12 melder fra til lejrskolen, fordi hendes storesøster skal giftes den weekend, og hun skal være brudepige og glæder sig',
  'drengen på 8 ridsede sig på et hegn i frikvarteret, vi har sat plaster på',
  'drengen på 14 snitter grøntsager til suppen i madkundskab',
  'drengen på 3 har et bidemærke fra en anden dreng i vuggestuen, vi så det ske',
  'hun har ar på armen efter en operation som lille',
  'she has scars on her arm from an operation as a baby',
  'pigens mor er blevet gift igen, og pigen på 9 var brudepige og glad for dagen',
  'mor fortalte at pigen (4) næsten blev kvalt i en vindrue i weekenden, men far fik den ud',
  'drengen (13) spiser ikke sin frokost, mor fortæller at hans nye medicin giver nedsat appetit, og lægen følger ham',
  'drengen på 5 sagde "mor slog mig i går", det viste sig at de spillede ludo og hun havde slået ham hjem tre gange',
  'far drak en øl til sommerfesten, og det var mor der kørte dem hjem',
  'pigen på 4 rører sig selv ved middagshvil, lægen siger at det er helt almindeligt i den alder',
  'drengen (7) sagde der er ingen mad i køleskabet, mor fortalte at de har spist køleskabet tomt før ferien',
  'pigen på 4 tisser i bukserne igen, mor fortalte at hun er gravid i 8. måned, og pigen glæder sig til den lille',
  'Sommerferien nærmer sig. Forældrene holder drengen (6) hjemme fra SFO i fire uger, de har ferie med ham',
  "the girl (9) says she has to be quiet in the morning so her mum doesn't wake up before her night shift",
  'drengen på 4 fik en vindrue galt i halsen ved frokosten og kunne ikke få luft, vi bankede ham på ryggen og den kom op',
  'drengen på 9 med autisme slår sig selv i hovedet når han bliver frustreret, det er kendt og beskrevet i hans handleplan',
  'pigen på 12 springer frokosten over i kantinen, fordi der er larm, men hun spiser fint derhjemme og vægten er stabil',
];

describe('benign look-alikes raise no warning', () => {
  it.each(BENIGN)('%s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it('a nearly empty fridge is a worry for a baby who is losing weight, not an acute danger while the baby gets milk', () => {
    const result = classifier.classify(
      'babyen på 10 mdr er faldet i vægt, der var næsten ingen mad i køleskabet, og hun fik mælk i en uvasket flaske',
    );
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute: false });
  });

  it('shows an explained sign as ruled out by the writer', () => {
    const result = classifier.classify('blåt øje fra fodbold i går');
    expect(result.dutyToNotify).toBe(false);
    expect(result.ruledOut.map((f) => f.ruleId)).toContain('unexplainedMarks');
  });

  it('reads a toddler who cannot crawl by itself as a baby, whatever the age in months', () => {
    const result = classifier.classify(
      'pigen på 14 mdr kan ikke selv kravle, hun har et blåt mærke på låret, mor siger hun faldt ned fra gyngen',
    );
    expect(result.dutyToNotify).toBe(true);
  });

  it('a plaster worn every day explains no cuts', () => {
    const result = classifier.classify(
      'hun har tynde parallelle ridser på underarmen. Hun har haft plaster på hver dag i to uger.',
    );
    expect(result.dutyToNotify).toBe(true);
  });

  it('accepts no play explanation for a baby who cannot move by itself', () => {
    const result = classifier.classify(
      'baby på 2 mdr har blå mærker, mor siger han faldt fra sofaen i leg med sin bror',
    );
    expect(result.dutyToNotify).toBe(true);
  });

  it('a sign named again after its explanation stays explained, unless the writer calls it new', () => {
    const same =
      'blåt øje fra fodbold i går. Vi har haft tema om efteråret. Mor skrev at det bare er et blåt øje.';
    const fresh =
      'blåt øje fra fodbold i går. Vi har haft tema om efteråret. I dag har han nye blå mærker på ryggen.';
    expect(classifier.classify(same).dutyToNotify).toBe(false);
    expect(classifier.classify(fresh).dutyToNotify).toBe(true);
  });

  it('an explanation in another part of the description lowers nothing', () => {
    const text =
      'Han spiller fodbold om tirsdagen. Vi har haft tema om efteråret. I dag har han blå mærker på overarmene.';
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });
});

describe('bad input', () => {
  it('a single word that names a serious concept raises its warning', () => {
    expect(classifier.classify('vold').dutyToNotify).toBe(true);
    expect(classifier.classify('selvmord').acute).toBe(true);
  });

  it('emoji only raises nothing and asks nothing', () => {
    const result = classifier.classify('😀😀😀🙈');
    expect({ notify: result.dutyToNotify, acute: result.acute, triage: result.triage }).toEqual({
      notify: false,
      acute: false,
      triage: undefined,
    });
  });

  it('a child quoted in dialect is read like standard Danish', () => {
    expect(classifier.classify('han sagde "a tør ik gå hjem, far han slår"').acute).toBe(true);
    expect(classifier.classify('hun sagde "a vil bare ik være her mere"').dutyToNotify).toBe(true);
  });

  it('a 2,000-character description in two languages keeps the one serious sentence', () => {
    const filler =
      'Vi har haft en travl uge med temadag og forældremøde. The class went on a trip to the museum. ';
    const serious = 'Hun fortalte at stedfar slog hende i går. ';
    const text = (filler.repeat(10) + serious + filler.repeat(10)).slice(0, 2000);
    expect(text).toContain(serious.trim());
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute: true });
  });
});

describe('a death threat said as a joke', () => {
  it.each([
    'han siger han "bliver slået ihjel" af sin mor når hun ser karakteren lol 😂 de har det fint sammen',
    'she says her older brother is "gonna kill her" because she broke his headphones 😂 they were joking about it',
  ])('is ruled out by the writer: %s', (text) => {
    const result = classifier.classify(text);
    expect(result.acute).toBe(false);
    expect(result.dutyToNotify).toBe(false);
  });

  it.each([
    'far sagde han ville slå hende ihjel og grinede bagefter',
    'her dad said he would kill her and then he laughed',
    'min far er fuld hver aften og slår mig',
  ])('still warns when only the adult laughs or it is meant: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it('reads "fuldstændig" as a word of its own, not as "fuld" (drunk)', () => {
    expect(classifier.classify('min far er fuldstændig urimelig med lektier').dutyToNotify).toBe(false);
  });
});

describe('look-alikes from lessons and games', () => {
  it('"min far slår mig altid" about chess is explained in the next sentence; the same words alone are not', () => {
    const chess = classifier.classify(
      'Han sagde "min far slår mig altid, hver gang!" Han mente i skak, de spiller hver aften.',
    );
    expect(chess.dutyToNotify).toBe(false);
    expect(classifier.classify('Han sagde "min far slår mig altid, hver gang!"').dutyToNotify).toBe(true);
  });

  it('a parent\'s "he fell down the stairs" does not explain marks that come again', () => {
    const result = classifier.classify('han havde blå mærker på ryggen igen, mor siger han faldt på trappen');
    expect(result.dutyToNotify).toBe(true);
  });

  it('a sex-education question about how one gets pregnant is no pregnancy in the family', () => {
    const result = classifier.classify(
      'efter seksualundervisningen spurgte flere i 5. klasse hvordan man bliver gravid, er det bekymrende?',
    );
    expect(result.dutyToNotify).toBe(false);
    expect(classifier.classify('mor er gravid og drikker hver dag, jeg er bekymret').dutyToNotify).toBe(true);
  });

  it('locked in during an escape room is explained; locked in by an adult is not', () => {
    const game = classifier.classify(
      'han fortalte at han "var låst inde i en time" i lørdags. Det var et escape room til en fødselsdag.',
    );
    expect(game.acute).toBe(false);
    expect(game.dutyToNotify).toBe(false);
    expect(classifier.classify('far låste ham inde i kælderen i går').acute).toBe(true);
  });
});

describe('who the carer is decides no level, with the shipped safety model on', () => {
  // A disclosure of violence by a carer is a duty to notify; it is acute only with something that
  // makes it today (an injury now, fear of going home, the last 72 hours). The model once read
  // "stedfar" itself as a sign of danger.
  const classifier = createPathwayClassifier(loadPathwayConfig(CONFIG_DIR, { safetyModel: true }));
  const CARERS_DA = ['far', 'mor', 'stedfar', 'stedmor', 'papfar', 'bonusmor', 'morfar'];
  const CARERS_EN = ['dad', 'mum', 'stepfather', 'stepmum', 'grandfather'];

  it.each(CARERS_DA)(
    '"en elev i 8. klasse fortæller at hendes %s slår hende" is a duty, not acute',
    (carer) => {
      const result = classifier.classify(`en elev i 8. klasse fortæller at hendes ${carer} slår hende`);
      expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute: false });
    },
  );

  it.each(CARERS_EN)('"a pupil in year 8 says her %s hits her" is a duty, not acute', (carer) => {
    const result = classifier.classify(`a pupil in year 8 says her ${carer} hits her`);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute: false });
  });

  it.each([...CARERS_DA.map((c) => `eleven fortæller at hendes ${c} er streng med lektierne`)])(
    '"%s" raises nothing',
    (text) => {
      const result = classifier.classify(text);
      expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
    },
  );

  it.each(CARERS_DA)(
    'a disclosure by the same carer with fear of going home today stays acute (%s)',
    (carer) => {
      const result = classifier.classify(
        `en elev i 8. klasse fortæller at hendes ${carer} slog hende i går, og hun tør ikke gå hjem i dag`,
      );
      expect(result.acute).toBe(true);
    },
  );
});

describe('classes from the round-5 sealed misses, read after their one scoring (in new words)', () => {
  it.each([
    [
      'pigen på 2 har tre røde streger på kinden ved siden af hinanden, mor siger hun faldt ned af sofaen',
      false,
    ],
    [
      'the 2 year old girl has three red lines side by side on her cheek, mum says she fell off the sofa',
      false,
    ],
    ['drengen har en aftegning på overarmen, han vil ikke sige hvor den kommer fra', false],
  ])('marks described by their shape are a duty to notify: %s', (text, acute) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute });
  });

  it.each([
    'pigen på 7 faldt på legepladsen og hendes arm vender den forkerte vej, hun er hvid i ansigtet og skriger. Far kom og sagde vi tager ikke på skadestuen, vi lægger is på derhjemme',
    'girl aged 7 fell in the playground, her arm is bent the wrong way, she is white in the face and screaming. Dad came and said we do not do hospitals, and took her home',
  ])('a serious injury and a parent who refuses care today is acute: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute: true });
  });

  it('a refusal of care for a scraped knee stays a duty, not acute', () => {
    const result = classifier.classify(
      'han slog knæet, og far siger at de aldrig går til lægen med sådan noget',
    );
    expect(result.acute).toBe(false);
  });

  it.each([
    'to 5-årige piger var sammen om at kigge på hinandens tisser i puderummet, de fniste og stoppede da jeg kom og blev lidt flove',
    'vores dagplejebarn på 10 mdr har bleudslæt, mor har været hos lægen og det er svamp, vi har fået en creme med fra apoteket',
    'our 10 month old has a nappy rash, the doctor says it is thrush and mum brought the cream and the prescription',
    "two boys in 8th grade, one yelled 'I'm literally going to kill him' because his mate spoiled the football match result, both laughing after",
    'pigen i 8. klasse havde selvskade og blev afsluttet i BUP for over tre år siden, hun har det godt og er glad',
    'the girl had an eating disorder and was discharged from treatment more than two years ago, she eats with friends every day',
  ])('a look-alike from the sealed round raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    ['bleen er ikke blevet skiftet hele dagen og han har et stort udslæt', false],
    ['han har bleudslæt og har haft samme ble på hele dagen, mor siger det er svamp', false],
    [
      'hun havde en spiseforstyrrelse og blev afsluttet i BUP for to år siden, men nu har hun tabt sig meget igen og springer frokosten over',
      false,
    ],
    ["he said 'I'm going to kill him' because his stepdad hit his mum again last night", true],
  ])('the same signs without the explanation still warn: %s', (text, acute) => {
    const result = classifier.classify(text);
    expect(result.dutyToNotify).toBe(true);
    expect(result.acute).toBe(acute);
  });
});

describe('classes from the round-6 blind dev halves (in new words)', () => {
  it.each([
    'drengen i 3. klasse har aldrig frokost med, i dag stod han med hånden nede i de andres madkasser og spiste det hele på et par minutter og bad om mere',
    'the boy in year 3 never has lunch with him, today we found him with his hands in the other kids lunch boxes, he ate it in two minutes and begged for more',
  ])('food-seeking from the other children is hunger: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'pigen på 5 fortalte at far ramte en lygtepæl med bilen på vej hjem, og at spejlet knækkede, hun grinede af det',
    "the boy (5) said 'my dad hit a lamppost yesterday' and laughed, the car mirror came off",
    'drengen på 9 fik cykelhjelmens rem om halsen da han faldt i skolegården, jeg stod ved siden af og så det ske. Han har en rød stribe på halsen',
    'a 9 year old got the swing rope round her neck at break, I was standing right next to her and saw it happen. There is a red mark on her neck',
  ])('an accident with a thing, or seen as it happened, raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    'far slog mor og så slog han bilen med en kølle',
    'han har røde mærker rundt om halsen og siger at far tog ham kvælertag i går',
    "she has a red mark around her neck, she says mum's boyfriend squeezed her neck, I saw her at break",
  ])('the same words with a person hurt still warn: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });
});

describe('classes from the round-6 sealed misses, read after their one scoring (in new words)', () => {
  it.each([
    'pigen i 4. klasse skal hjem og hente sin lillebror i vuggestuen og lave mad til ham hver dag, hun siger at far ligger i sengen og græder det meste af tiden',
    'æ pig i 4. klasse sku hjem og hent hendes lillebror og lav awtensmad hver dæ, far han ligger i sengen og græder',
    'the girl in year 4 has to pick up her little brother from nursery and cook for him every day, she says dad lies in bed crying most of the time',
  ])('a child who cares for the small ones while a parent lies in bed crying is a duty: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'en dreng i 9. klasse har skrevet en meget mørk novelle om en pige der vil tage sit eget liv, det var opgaven i dansk om mørke temaer',
    'pigen (8) er lige startet på ADHD-medicin og spiser næsten ingen frokost, mor og lægen er ved at justere dosis',
    'a pupil with an autism diagnosis throws things and runs out of the room when the timetable changes, the parents work well with us',
    'nogle drenge i 5. klasse har smidt en dreng ud af klassens snapgruppe, og han er ked af det',
    'hun (12) henter sine små søskende i SFO én gang om ugen og er alene med dem en halv time til mormor kommer',
  ])('a look-alike raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    'hun har skrevet en novelle om en pige der vil dø, den handler om hende selv',
    'han er startet på ADHD-medicin, men han siger at der ingen mad er derhjemme',
    'mor har smidt ham ud af lejligheden og han sover i opgangen',
    'hun henter sine små søskende hver dag og er alene med dem hele aftenen, mor er aldrig hjemme',
  ])('the same words with the sign still warn: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });
});

describe('classes from the round-7 blind dev halves (in new words)', () => {
  it.each([
    'pigen i 7. klasse sagde at far "smed hende ud" i går, det viste sig at han smed hende ud af stuen fordi hun larmede',
    'the girl in year 7 said dad "kicked her out" yesterday, it turned out he kicked her out of the living room because she was noisy',
    'forældrene til drengen (10) skændes meget under skilsmissen, og begge bruger ham som budbringer med beskeder til den anden',
    'the parents of the boy (10) argue a lot in the divorce, and both use him as a messenger between his parents',
  ])('a look-alike raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    'mum kicked him out last night and he has been sleeping at different friends since',
    'nogle ældre drenge bruger ham som bud til at bringe hash rundt',
    'siden de blev sat ud af lejligheden har familien "campet" i bilen nede ved søen',
    "since they got kicked out of the flat the family have been 'camping' in the car by the lake",
  ])('the same words with the sign still warn: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'drengen (16) blev smidt ud hjemmefra for tre uger siden og sover hos forskellige venner, i nat sover han hos en kammerats familie',
    "the boy (16) was kicked out three weeks ago and sleeps at different friends', tonight he can stay at a mate's house",
  ])('thrown out with a bed arranged for tonight is a duty, not acute: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: true, acute: false });
  });

  it.each([
    'drengen (16) blev smidt ud i går og sover i nat på banegården',
    'the boy (16) was kicked out yesterday and tonight he is at the station with nowhere to go',
  ])('thrown out with no safe bed tonight stays acute: %s', (text) => {
    expect(classifier.classify(text).acute).toBe(true);
  });
});

describe('signs without the word from the round-7 blind dev halves, read by the rules alone (in new words)', () => {
  it.each([
    'en pige på 14 fortalte at en fyr på 19 holdt hende fast i sengen til festen og gjorde det selvom hun sagde nej',
    'a girl of 14 told me a 19-year-old held her down on the bed at the party and did it even though she said no',
  ])('done to her though she said no is a disclosure of abuse: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'en fyr hun kender fra et spil har bedt hende om billeder af sig selv i sit undertøj',
    'a guy she knows from a game asked her for photos of herself in her underwear',
  ])('asked for pictures in underwear is grooming: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'pedellen så ham give små poser til nogle 5. klasses drenge og få penge for det',
    'the caretaker saw him handing small bags to some year 5 boys and getting cash for them',
  ])('small bags handed to children for money is dealing: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'klassen solgte poser med småkager på julemarkedet og fik penge til klassekassen',
    'the class sold bags of biscuits at the bake sale to raise money for the school trip',
  ])('bags sold for the class raise nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    'jeg ringede til far, han lød meget påvirket og snøvlede, og han er alene med babyen på 5 uger',
    'I rang dad, he sounded very drunk and was slurring, and he is alone with the 5-week-old baby',
  ])('a carer who sounds intoxicated, alone with a baby, is acute: %s', (text) => {
    expect(classifier.classify(text).acute).toBe(true);
  });
});

describe('classes from the round-8 blind dev halves (in new words)', () => {
  it.each([
    'vuggestuebarn (1) har blågrå pletter på ryggen, som sundhedsplejersken har noteret fra fødslen som medfødte pigmentpletter',
    'dreng 13 har pjækket et par timer og har ca 4 % fravær, forældrene er med på at tale med ham',
    'a boy of 13 has skipped a couple of lessons, about 4 % absence, and the parents are on board',
    'far fortalte at der havde været indbrud hos dem i nat mens de sov, og politiet kom',
    'pigen (14) smider madpakken ud når den er mast, så hun køber en bolle i kantinen',
  ])('a look-alike raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    'et billede af pigen (12) uden trøje går rundt i 6.b på snap, drengen delte det efter de slog op',
    'a picture of the girl (12) without her top is going around on snap after the boy shared it',
    'mor ligger bare i sengen og græder, siger drengen (8), og det er ham der laver aftensmad til lillesøster',
    'pigen (10) har haft lus siden efterårsferien og lugter af gammel tis hver dag',
    'hun har tynde lige rifter på underarmen og siger det er fra buskene, men veninden siger stille at det ikke er buske',
    'he has marks again when he came back after three days off, this time scratches on his back',
    'pigen (15) er blevet meget tyndere siden sommer og smider madpakken ud hver dag',
    'the girl (15) has got really thin since the summer and throws out her lunch every day',
    'pigen (14) har tabt sig meget, der er ingen diagnose, og hun siger hun ikke må spise om aftenen',
  ])('the sign still warns: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'pigen (16) fortalte at en voksen fyr tog hende med ud i sin bil efter festen i forgårs og at hun sagde nej flere gange',
    'the girl (16) said an older guy took her out to his car after the party the day before yesterday and she said no many times',
  ])('an older man and her repeated no, two days ago, is acute: %s', (text) => {
    expect(classifier.classify(text).acute).toBe(true);
  });
});

describe('classes from the retired round-7 and round-8 sealed misses (in new words)', () => {
  it.each([
    'en dreng på 4 blev fundet af en cyklist, han gik alene langs landevejen i nattøj kl 6',
    'a boy of 4 was walking alone along the road in his pyjamas at six in the morning',
    'en pige på 2 stod alene barfodet ude på p-pladsen foran Netto',
  ])('a small child out of doors alone is acute: %s', (text) => {
    expect(classifier.classify(text).acute).toBe(true);
  });

  it.each([
    'vi har ringet til både far og mor flere gange i dag om hans fravær, og ingen af dem svarede',
    'drengen (12) siger at han får remmen af sin far når han kommer for sent hjem',
    'han har blå mærker på ryggen og siger det var fordi han ikke hørte efter',
    'pigen (9) fortalte at mor havde drukket og lå på badeværelsesgulvet da hun kom hjem',
    'he cooks dinner for his little brother because dad is tired, he says',
  ])('the sign warns: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    'pigen på 6 går selv i skole i pyjamasbukser fordi hun synes de er de blødeste, mor følger hende til hjørnet',
    'far lå på gulvet og byggede lego med dem hele eftermiddagen',
    'remmen på hjelmen sad for stramt, den fik han strammet om morgenen',
  ])('a look-alike raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it('a story told one way and a little later another no longer explains the mark', () => {
    const ruleIds = (text: string) => classifier.classify(text).safetyFindings.map((f) => f.ruleId);
    const told = 'pigen (7) har et blåt øje i dag. hun sagde hun var faldet af cyklen.';
    expect(ruleIds(told)).not.toContain('unexplainedMarks');
    expect(ruleIds(`${told} lidt senere sagde hun til en kammerat at hun var faldet på trappen`)).toContain(
      'unexplainedMarks',
    );
  });
});

describe('classes from the round-9 blind dev halves (in new words)', () => {
  it.each([
    'drengen (4) lugter tit af grisestald om morgenen, han har været med mor i stalden og fodret grisene før vi åbner',
    'mor sover om formiddagen siger pigen (4). Mor har natarbejde på sygehuset og henter hver dag kl 15',
    "pigen (5) sagde 'det er en hemmelighed med far' og fortalte så at de har købt en cykel til mormor",
    "drengen (8) siger 'jeg må ikke sige det', far har sagt det er hemmeligt: mor er gravid og de venter til scanningen",
    'my colleague thinks it is neglect that a 13-year-old is home alone for an hour after school with a key and a phone',
  ])('a look-alike raises nothing: %s', (text) => {
    const result = classifier.classify(text);
    expect({ notify: result.dutyToNotify, acute: result.acute }).toEqual({ notify: false, acute: false });
  });

  it.each([
    "han (10) sagde 'jeg tør ikke gå hjem', han havde smadret sin brors headset og var bange for at far slår ham igen",
    'pigen (5) siger det er en hemmelighed med onkel, og at han giver hende slik når hun sidder på hans skød',
  ])('the sign still warns: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  itGoesToPathway([
    [
      'mor har mistet sit job og siger at de ikke har råd til klassens tur, drengen (9) er ked af det',
      'social',
    ],
    ['the dad lost his job and they cannot afford the school trip for their daughter (8)', 'social'],
    [
      'pigen (11) er trist, forældrene gik fra hinanden og kan ikke tale sammen, hun skal vælge hvor hun bor',
      'social',
    ],
    ['drengen (15) var meget fuld til byfesten, forældrene hentede ham', 'social'],
    ['Sofie (4) kommer først kl 10 og misser morgensamlingen', 'dagtilbud'],
  ]);

  it('fear of a telling-off rules out the fear of going home (the rules; the model reads on its own)', () => {
    const text =
      "han (10) græd og sagde 'jeg tør ikke gå hjem', han havde smadret sin brors headset og var bange for at få skæld ud";
    expect(ruleFindingsOf(text)).toEqual([]);
    const result = classifier.classify(text);
    expect(result.ruledOut.map((f) => f.ruleId)).toContain('afraidToGoHome');
  });

  it.each([
    'fravær 9.b pige 18 % dette halvår, det meste ulovligt',
    'hun passer sine små søskende når far har en dårlig dag, siger hun (11)',
    'storesøster på 11 passer tvillingerne om natten mens mor er på arbejde',
    'dreng (14) har ikke sovet hjemme siden tirsdag og far ved ikke hvor han er',
    'pigen (14) siger hun sover hos Mads, som er 24, de fleste nætter',
    'når de skændes smider han med ting og så gemmer jeg mig på værelset, siger drengen (8)',
    'he says older boys give him a bag and an address and pay him 500 kr',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });
});

describe('classes from the round-10 blind dev halves (in new words)', () => {
  it.each([
    'baby (4 mdr) tager fint på, men far siger han er helt alene om det hele mens mor arbejder',
    'drengen på 2 slår sig selv i panden når han bliver vred over at skulle sove, det går hurtigt over',
    'pletter med skorper om munden på pigen (3), lægen har sagt det er børnesår og hun får creme',
    'pigen (7) har en hemmelighed med far: vi venter en lillesøster og skal overraske mormor til jul',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    "drengen (3) siger 'onkel puttede finger i min numse' og det gør ondt når han tisser",
    'baby (3 mdr) er faldet i vægtkurven to gange og mor giver vand i flasken mellem måltiderne',
    "mor (19) har ikke sin mobil, 'kæresten har den', og hun må ikke gå til babysalmesang",
    'far stod og talte med nogen der ikke var der og sagde at han vil tage drengen med væk nu',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a psychotic parent who wants to take the child now is acute', () => {
    expect(
      classifier.classify('far snakkede med nogen der ikke var der og sagde at han vil have E med nu').acute,
    ).toBe(true);
  });

  itGoesToPathway([
    ['mor er alene med to små, kender ingen i byen og spørger om der findes hjælp', 'social'],
    ['mor til tvillinger (2) siger hun er ved at gå ned, far arbejder i Norge', 'social'],
  ]);
});

describe('classes from the round-11 blind dev halves (in new words)', () => {
  it.each([
    "'mor slog mig' sagde drengen (6) og grinede. de havde spillet ludo og mor vandt alle spillene",
    'politiet var hjemme hos dem i nat og far var ked af det, siger pigen (8). nogen havde stjålet bilen fra indkørslen',
    'jeg stod selv ved siden af: snoren i hendes jakke satte sig fast i klatrestativet, rødt mærke på halsen (4)',
    'nogle i 7.b kalder ham fed og klam i en chatgruppe, forældrene har vist os beskederne',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    'politiet var hjemme i nat, far havde slået mor og hun græd, siger pigen (8)',
    'mor kalder hende klam og værdiløs når hun kommer hjem, siger pigen (11)',
  ])('the sign still warns: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });
});

describe('classes from the retired round-9 to 11 sealed misses (in new words)', () => {
  it.each([
    'pigen (14) smider madpakken i skraldespanden hver dag og har fået fine dunhår på armene',
    'drengen (6) siger: min mor hun smed far ind i døren i går, og så græd lillesøster',
    'pigen (7) siger mor og far leger tiger om natten, og så græder mor og der går et glas i stykker',
    'sundhedsplejerske: mor siger hun ikke føler noget for babyen (5 uger), som kun har taget 100 g på',
    'she (11) cooks dinner for herself and Liam and puts him to bed, dad comes home in the morning',
    'a man online asked the boy (11) for pictures in his underpants and gave him robux for them',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    'babyerne sover middagslur ude i barnevognen også i frostvejr, med sovepose og babyalarm',
    "'far slog mig' siger pigen (5), og så: 'men i sidste spil yatzy vandt jeg over ham!'",
    'han (7) har et blåt øje, han fik gyngen i hovedet i frikvarteret i går, vi ringede selv hjem',
    'drengen (6) er sulten kl 9, fordi han spiser morgenmad kl 5.30 når mor kører på arbejde',
    'rifter på hænderne hos drengen (8) – det var vores nye killing, siger han og viser billeder',
    'pigen (13) har tabt 3 kg efter kyssesyge, lægen følger hende og hun spiser fint igen',
    'fraværet på 3 dage er en fejl i systemet, skolelederen godkendte at han havde fri',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the round-12 blind dev halves (in new words)', () => {
  it.each([
    "drengen (5) siger morbror sov i hans seng i weekenden og 'gjorde noget ved mig, det er en hemmelighed'",
    'pigen (11) fortæller at stedfar kommer ind til hende om natten når mor er på arbejde',
    "pigen (4) vil ikke sidde på gulvet, det gør ondt 'nede ved tissen' siger hun",
    'sundhedsplejerske: dreng 5 mdr, vægtkurven er faldet to percentiler siden sidst',
    'drengen (9) giver de små aftensmad og putter dem, for far er ude til sent hver aften',
    'we saw the 13-year-old passing small bags into cars behind the sports hall',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a recent night-time disclosure about a grown-up at home is acute', () => {
    expect(classifier.classify('pigen (10) siger at mors kæreste kom ind til hende i nat igen').acute).toBe(
      true,
    );
  });

  it.each([
    'for the poetry unit she wrote a poem about a girl who wants to die; she is her happy self',
    'pigen (9) passer sin lillebror en time efter skole, mens mor er på arbejde til kl 16',
    'at the spring fair the pupils were handing small bags of sweets to the older visitors',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it('a story the writer says is about the child itself keeps its warning', () => {
    expect(
      ruleFindingsOf('He wrote a story about a boy who wants to die, and it is really about himself').length,
    ).toBeGreaterThan(0);
  });
});

describe('pathway classes from the round-12 blind dev halves (in new words)', () => {
  itGoesToPathway([
    ['Forældrene til Noah (3) skændes højlydt foran ham ved hentning, de er ved at blive skilt', 'social'],
    ['the parents of a 4-year-old are in a nasty divorce and argue in front of her at drop-off', 'social'],
    ['to piger skubbede hinanden i sandkassen om en spand, nu leger de igen', 'dagtilbud'],
    ['der er uro i mellemgruppen efter frokost, hvordan får vi ro på?', 'dagtilbud'],
    ['a classmate hid his pencil case at recess, they made up after', 'skole'],
    ['han glemmer tit sine lektier, ellers går det fint', 'skole'],
  ]);
});

describe('classes from the retired round-12 sealed misses (in new words)', () => {
  it.each([
    'pigen (4) forsøger at slikke de andre børn på tissekonen i puttestuen',
    'a 3-year-old keeps trying to put her mouth on the other children’s private parts at nappy change',
    'drengen (5) laver stødbevægelser mod de andre børn i puderummet',
    "she (9) says she plays 'the tickle game' with her stepdad under the duvet without pyjamas when mum is at work",
    "he (16) posted on snap: 'thanks for everything, this is the last time you'll hear from me' and has not come to school",
    "pigen (14) skrev til veninden: 'det er sidste gang du hører fra mig'",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it("a goodbye before a farewell to life is acute: 'tak for alt, det er sidste gang i hører fra mig'", () => {
    expect(
      classifier.classify(
        "eleven (15) skrev i klassens chat: 'tak for alt, det er sidste gang i hører fra mig'",
      ).acute,
    ).toBe(true);
  });

  it.each([
    'the girls (8) slept under the duvet without pyjamas at the sleepover because it was so warm',
    "I'm moving to Aarhus tomorrow, so this is the last time you'll hear from me in class, said the boy (12), smiling",
    'pigen (3) slikker på sin is og griner',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the round-13 blind dev halves (in new words)', () => {
  it.each([
    'pigen (9) faldt af ponyen til ridning i lørdags og har blå mærker på låret',
    'blå mærker på begge skinneben efter håndboldtackling til træning',
    "the boy (4) says 'daddy hit me' – dad kicked the ball to him in the garden and it hit him on the nose",
    'She (7) has bruises on both knees. I was a bit worried. Then her mum told me she fell off her bike learning to ride',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    'mor slog mig, siger drengen (5), og han har et blåt mærke på kinden. bolden ramte ham ikke',
    'dad is in hospital since Monday and the two boys (10 and 13) are living alone in the house',
  ])('the sign still warns: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a mother who asked whether there is help (past tense) points to the family pathway', () => {
    expect(
      classifier.classify(
        'mor kom forbi og spurgte om der findes hjælp hun kan få. datteren går i 4. klasse og har det fint',
      ).pathway,
    ).toBe('social');
  });

  it('parents who quarrel at every handover in front of the girls point to the family pathway', () => {
    expect(
      classifier.classify('forældrene til to piger (7 og 10) skændes ved hver aflevering, tit foran pigerne')
        .pathway,
    ).toBe('social');
  });
});

describe('classes from the retired round-13 sealed misses (in new words)', () => {
  it.each([
    'mor ringede: hendes samlever kom hjem i nat og sparkede badeværelsesdøren ind, hun har mærker på halsen. drengen (6) så det',
    'home visit: about 40 empty beer cans in the living room and dad asleep on the sofa at noon, the girl (2) in a wet nappy',
    'the mother is in bed all days since august, the boy (5) makes his own breakfast',
    'dad came to pick up the boy (3) and he smell very strong of alcohol',
    'the mother came for pick up. She is not walking straight and drops her keys',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a violent partner who says he will come home tonight is acute', () => {
    expect(
      classifier.classify(
        'mor fortæller at far slog hende i går, drengen (8) så det. far har skrevet at han kommer hjem og ordner det i aften',
      ).acute,
    ).toBe(true);
  });

  it.each([
    'drengen (8) var sulten og tog af de andres mad, han havde glemt madkassen i bilen og mor kom med den',
    'lille brandsår på hånden hos pigen (9), hun kom til at røre bagepladen da de bagte boller i går, siger mor',
    'han (5) ville ikke hjem og gemte sig bag sofaen da mor kom, han ville bare lege færdig med togbanen',
    "'my mum is going to kill me', she (11) said about her lost jacket. Pretty sure it's just a figure of speech",
    'vi har samlet 40 tomme flasker ind til klassekassen, siger drengen (9)',
    'mor siger hun kommer hjem og ordner det i aften med lektierne, pigen (9) er glad',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the round-14 blind dev halves (in new words)', () => {
  it('a small child alone at the gate at a time written with a dot (kl 6.15) in night clothes is acute', () => {
    expect(classifier.classify('pige 3 stod alene ved lågen kl 6.15 i nattøj, ingen voksne').acute).toBe(
      true,
    );
  });

  it.each([
    "the girl (6) says she has a secret with granny and can't tell mum: they are knitting a scarf for mum for Christmas",
    'drengen (8) har en hemmelighed med farfar som mor ikke må vide: de bygger et fuglehus til mor til jul',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the retired round-14 sealed misses (in new words)', () => {
  it.each([
    'the toddler (1) came in the same ble as yesterday, bleeding nappy rash',
    "pigen (7) fortæller: 'far råbte og mor havde blod ud af næsen, jeg gemte mig'",
    'drengen (13) har pludselig en jakke til 3000 kr og mange kontanter, han hænger ud med ældre fyre',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a drunk parent who put the baby in the car seat and drove is acute', () => {
    expect(
      classifier.classify(
        'far hentede lille (9 mdr), han lugtede af sprut og vaklede, spændte ham fast i autostolen og kørte',
      ).acute,
    ).toBe(true);
  });

  it.each([
    'pigen (9) har ridser på armene, de har fået en kattekilling derhjemme',
    'lille brandsår på hånden hos drengen (10) efter snobrød ved bålet på lejrturen',
    'pigen (14) har været væk i tre uger: hun brækkede armen og er blevet opereret, mor henter lektier',
    'mor havde blod ud af næsen i går, hun er forkølet, siger pigen (6)',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it('a child called in sick but seen in town keeps the absence warning', () => {
    expect(
      ruleFindingsOf(
        '8. kl elev 16 % fravær, mor melder ham syg hver gang, men han ses i byen om formiddagen',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('classes from the round-15 blind dev halves (in new words)', () => {
  it.each([
    'a classmate told his mum that dad threw a glass at mum and it broke, the boy (7) hid in his room',
    'pigen (13) må ikke være med til noget efter skolen, heller ikke svømning, og fætteren tjekker hendes telefon hver dag',
    'drengen (9) siger far ligger i sengen med rullegardinerne nede hele dagen',
    'mor (til pige 2) siger at nogen lytter med gennem lampen og at pigen har noget ondt i sig',
    'the mother says the neighbours are sending her signals through the radio, baby 6 weeks',
    "han (7) siger 'a ska ha bank hvis a kommer hjem for sent'",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a parent who says the baby is not really hers, they swapped him, is acute', () => {
    expect(
      classifier.classify(
        'health visitor: the mum says the baby (5 weeks) is not really hers, they swapped him at the hospital',
      ).acute,
    ).toBe(true);
  });

  it.each([
    'mor til pigen (5) har skizofreni og er i fast behandling; hun bliver indlagt til en planlagt ændring af medicinen, og mormor flytter ind imens',
    "'vi har ikke mad derhjemme' siger drengen (6); de flytter i morgen, så køleskabet er tømt, og de spiser hos farmor",
    'pigen (1) blev byttet om med en anden baby på et billede i dagplejens app, far grinede',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the retired round-15 sealed misses (in new words)', () => {
  it.each([
    'naboen hører tit en mand skrige, noget der smadrer og en kvinde der græder, siger mor til drengen (3)',
    'pigen (7) siger mor truer med at sende hende på børnehjem hvis hun ikke hører efter',
    'at nap time the boy (4) lay on top of another child and moved like adults having sex',
    "he (14) wrote in the group chat 'you won't see me tomorrow', no one can reach him",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    'drengen (5) har mange blå mærker på benene. Det var vi først bekymrede for. Mor har vist os papirerne: han har hæmofili og følges på hospitalet',
    'He (6) has a scrape on his chin and a bruise on his knee. Then dad told us he rode into the kerb on his first ride without training wheels',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the round-16 blind dev halves (in new words)', () => {
  it.each([
    'drengen (4) hentes af søsteren (11), mor er indlagt og far er bortrejst',
    'drengen (13) ryger med nogle store fra klubben og får det gratis af dem',
    "he (14) says he delivers some packages for 'friends' and gets 300 kr each time",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a girl who walks alone in the breaks after being shut out of a chat raises no rule', () => {
    expect(
      ruleFindingsOf(
        'pige 4 klasse gaar alene rundt i frikvartererne, de andre har smidt hende ud af chatten',
      ),
    ).toEqual([]);
  });
});

describe('classes from the retired round-16 sealed misses (in new words)', () => {
  it.each([
    "the boy (9) says the swimming coach gives him presents and it's their little secret",
    'pigen (4) lagde sig oven på en anden pige og lavede bevægelser som voksne der har sex',
    "drengen (6): 'det er mig og Kennets hemmelighed. han gi'r mig slik når mor er på arbejde'",
    'her dad has been in bed most of the day for weeks, the girl (8) gets her brother ready for school',
    "the girl (12) says a boy of 16 from a game asked her for pictures 'without a top' and told her not to tell",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it("a child who dare not go home, in dialect, threatened by mother's partner, is acute", () => {
    expect(
      classifier.classify("drengen (9) siger 'a tør itt å tåg hjem, mors kæreste sæj han slå mæ ihjel'")
        .acute,
    ).toBe(true);
  });

  it.each([
    'far lugtede af vin ved hentning, han havde fået ét glas til julefrokosten og var helt sig selv, mor kørte',
    "halvdelen af 8.b skal til terminsprøve i morgen og skriver 'jeg dør, slå mig ihjel' i chatten",
    'en mor lugtede af gløgg efter juleklippedagen, hun havde fået én kop og var helt sig selv',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it('one glass explains nothing when the parent staggers', () => {
    expect(
      ruleFindingsOf(
        'mor lugtede af vin og kunne næsten ikke stå ved hentningen, hun sagde hun havde fået ét glas',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('classes from the round-17 blind dev halves (in new words)', () => {
  it.each([
    // Told to hide or keep still when an adult comes home.
    "pigen (5) siger 'når Kim kommer hjem skal vi gemme os under sengen og være musestille'",
    "the boy (6) said 'when Dennis gets home I have to hide in the closet'",
    // A new partner moved in, told as a relative clause, and the child wets again.
    'mors nye kæreste som flyttede ind i oktober er meget streng, drengen (4) tisser i bukserne igen',
    // A story per visit, dated by week: only a medical explanation would still stand.
    'the girl (10) has had bruises on her arms three times. Week 2 she said she fell off her bike, week 5 that her cousin did it',
    // A parent who has had too many beers, told by the child.
    'drengen (8) fortæller at når mor har drukket for mange øl råber hun ad ham hele aftenen',
    // An expecting mother whose first child lives in foster care.
    'gravid i uge 25, hendes ældste barn bor i en plejefamilie og hun har ingen kontakt til ham',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    // The topic in general, a figure of speech in the past tense.
    'en kollega spørger om vi skal holde en temadag, nu hvor der er så meget fokus på selvmord blandt unge',
    "eleven (14) efter fysikprøven: 'den tog livet af mig' og grinede med de andre",
    // Fell off a trampoline, said colloquially.
    'dreng på 3 med en bule i panden, han røg af trampolinen hos mormor i weekenden og fik den tjekket',
    // Afraid of a made-up creature at home.
    'pigen (4) er bange for at gå hjem fordi storesøster har sagt at der bor et spøgelse på loftet',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the retired round-17 sealed misses (in new words)', () => {
  it('attendance told as days present warns of absence', () => {
    expect(
      ruleFindingsOf(
        '0. klasse: drengen (6) har kun været i skole 11 ud af 30 dage, far siger han er træt',
      ).map((f) => f.ruleId),
    ).toContain('illegalAbsence');
  });

  it('a toy sword in a game between siblings raises no rule', () => {
    expect(
      ruleFindingsOf(
        "'min storebror slog mig i hovedet med et sværd' sagde han (5) og viste en rød stribe. Sværdet var af plastik, de havde leget pirater hele søndagen",
      ),
    ).toEqual([]);
  });

  it('a parent who hits with a toy sword is still a warning', () => {
    expect(
      ruleFindingsOf(
        "'far slog mig med mit sværd' sagde han (5) og viste en rød stribe. Sværdet var af plastik",
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('classes from the round-18 blind dev halves (in new words)', () => {
  it.each([
    // The same fall told every time, and flinching when a parent shouts.
    'the girl (9) has marks on her arms again and she always says she fell off the trampoline',
    'drengen (7) kryber sammen når hans far råber ude på banen',
    // Sleeping in a parent's car, and a brother who checks who she talks to.
    "the girl (11) says she sleeps in mum's car some nights",
    'her brother waits outside the school to check who she talks to, the girl (13) cries',
    'pigen (12) siger far har sagt hun bliver sendt tilbage hvis hun bliver set med en dreng',
    // A child taking younger ones along to show them what adults do.
    "drengen (5) ville have de små med bag skuret for at vise dem hvordan man 'gør som voksne gør'",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it("a psychotic mother who means to 'cleanse' the baby tonight is acute", () => {
    expect(
      classifier.classify(
        "mor til en pige på 6 mdr siger at stemmerne har sagt at hun skal 'rense' hende i nat",
      ).acute,
    ).toBe(true);
  });

  it('an explanation told after "nå ja, om drengen" counts for the sign before it', () => {
    expect(
      ruleFindingsOf(
        'Kort fra stuen: vi var i skoven. Drengen på 4 havde blå mærker på skinnebenene. Husk frugt. Nå ja, om drengen: han er startet til fodbold og tackler vildt.',
      ),
    ).toEqual([]);
  });
});

describe('classes from the retired round-18 sealed misses (in new words)', () => {
  it.each([
    // The child went on, and the rest of it was a game.
    "drengen (6) råbte 'mor slog mig i går!!' – jeg stivnede, men så fortsatte han 'tre gange! i ludo! hun vinder altid'",
    // What a parent drinks all the time, asked about: a soft drink.
    "pigen (7) siger 'far drikker hele tiden'. spurgte forsigtigt ind: 'pepsi max, han er helt afhængig'",
    // Scratches, a note in between, and the kitten shown later.
    'En dreng på 12 havde mange små røde rifter på armene i dag. Husk forældremødet. Han viste mig senere en video af deres killing der klatrer op ad hans arme.',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it('a soft drink explains nothing when alcohol is named too', () => {
    expect(
      ruleFindingsOf("pigen (7) siger 'far drikker hele tiden'. spurgte forsigtigt ind: 'øl og cola'").length,
    ).toBeGreaterThan(0);
  });
});

describe('classes from the round-19 blind dev halves (in new words)', () => {
  it.each([
    // Pictures of the child's private parts asked for, in the child's words; game currency, then pictures.
    'drengen (9) siger at en fra Roblox vil have billeder af hans numse',
    'drengen (9) har fået skins af en ven fra Fortnite, og nu spørger vennen efter billeder',
    // A parent who believes she is watched through the walls.
    'far virker meget urolig og siger at genboerne holder øje med ham gennem væggene, drengen (4) er med ham alene',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a disclosure of abuse by an adult she is alone with tonight is acute', () => {
    expect(
      classifier.classify(
        'pigen (12) fortalte at stedfar har rørt ved hende under tøjet flere gange. Mor har nattevagt i aften, så hun er alene hjemme med ham',
      ).acute,
    ).toBe(true);
  });
});

describe('classes from the retired round-19 sealed misses (in new words)', () => {
  it('a small child found outdoors in night clothes before opening time is acute', () => {
    expect(
      classifier.classify(
        'sjov morgen: kl 6.30 stod drengen (4) ved lågen i nattøj og gummistøvler, han siger far sover og lillebror skriger',
      ).acute,
    ).toBe(true);
  });

  it.each([
    // Rung again and again with nobody else to call.
    'vi har ringet til mor 6 gange og der er ingen andre at ringe til, pigen (5) er stadig her',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    // What a character does in a story; a new puppy; the hand sanitiser at the door.
    'i dansk skrev de gyserhistorier, og en pige lod sin hovedperson tage sit eget liv til sidst. hun er glad og har travlt med håndbold',
    'drengen (6) siger han er bange for at gå hjem fordi den nye hvalp bider i hans sokker, han griner af det',
    'en kollega syntes mor lugtede af sprut ved hentningen, men det var håndspritten ved døren der lugter sådan, mor var helt som hun plejer',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the round-20 blind dev halves (in new words)', () => {
  it.each([
    // Shown in drawings; a mother who must not be seen talking.
    'pigen (6) tegner igen og igen en kvinde der ligger på gulvet med blod om hovedet og en mand der står over hende',
    "mor sagde stille ved hentning: 'du må ikke sige til min mand at jeg har talt med dig' – pigen (5) er meget stille",
    // A child who begs staff not to tell his father.
    'he (9) spilled paint and begged us not to tell his father, shaking',
    // Nobody came at all, again and again; bags dropped off for some guys at so much a trip.
    'pigen (6) er tit den sidste, og fire gange siden sommer er der slet ikke kommet nogen',
    'the boy (12) says he drops off bags for some guys in town, 300 a trip',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    // Surgery explains a parent in bed; a project topic; the writer's general question about secrets; a parent working in psychiatry.
    "dreng (7) siger 'far ligger i sengen hele tiden'. mor skrev at far er opereret i ryggen, og mormor hjælper om morgenen",
    'en elev i 8. har valgt emnet spiseforstyrrelser til projektopgaven og er meget engageret',
    'pigen (5) hviskede at hun har en hemmelighed med mormor – en sang til fars fødselsdag. den slags hemmeligheder med voksne er vel fine?',
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the retired round-20 sealed misses (in new words)', () => {
  it.each([
    // Violence told by its cover story, and the noise a child shuts out.
    'the boy (11) said the police were at their flat on Sunday but his mum said she had fallen',
    "the girl (12) sleeps with earplugs 'so I don't have to hear when they start fighting'",
    "pigen (12) sover med høretelefoner 'så jeg ikke skal høre når de starter igen'",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it.each([
    // Thrown off a team, a meme trend.
    'drengen (14) er blevet smidt ud af U15-holdet og er ked af det, men griner igen med vennerne',
    "halvdelen af 7.a deler et meme med 'kms' om tyskprøven, det er en trend på tiktok og de griner af det",
  ])('a look-alike raises no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('classes from the retired round-17 to 20 sealed cases the rules alone missed (in new words)', () => {
  it.each([
    // "I don't mean it as a joke" keeps a threat a threat; a story changed "efter lidt tid".
    "pigen (13) siger først 'faldt på trappen', men efter lidt tid: 'det var min papfar, og hvis jeg kommer hjem i dag så slår han mig ihjel, og jeg mener det ikk som en joke'",
    // A stripe all the way round the neck.
    'da vi skiftede tøj havde pigen (4) en rød stribe hele vejen rundt om halsen',
    // Pain when peeing and a secret; woke up with her clothes off.
    "pigen (5) græder når hun skal tisse og siger 'det er min og onkels hemmelige leg'",
    'the girl (14) says she woke up with her clothes off after the party and it hurt',
    // A secret with a coach who wants the messages deleted; "your mum wouldn't understand".
    "drengen (11) har 'en hemmelighed med Kim', som er hans håndboldtræner",
    "the girl (9) showed me a message from a man at the stable: 'your mum wouldn't understand, delete it'",
    // Asleep on the floor after a parent's "special soda"; paid per trip; the cat that does not exist.
    "pigen (8) siger 'far drikker sin særlige sodavand hele dagen og så falder han i søvn på gulvet'",
    'the boy (13) delivers packages for a friend and gets paid per trip',
    'pigen (14) har rifter på armen og siger det er katten, men veninderne siger at familien ikke har nogen kat',
    // Something new each time she comes back from days away.
    'the girl (8) is often away for a few days, and when she comes back there is something new, a scratch on her arm',
    // "I can't go home today" in dialect, and the threat "like last time".
    "drengen (8) siger stille 'æ vil ik hjem i daw, far sagde at når æ kommer hjem så får æ det ligesom sidst'",
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });
});

describe('classes from the round-21 blind dev halves (in new words)', () => {
  it.each([
    // An adult touched the child's private parts and collects her today.
    'en pige på 3 sagde ved puslebordet at hendes onkel rørte ved hendes tisse i går, og hun henter onklen i dag',
    // Staggering and smelling of alcohol, car keys in hand with the baby.
    'mor kom for at hente, hun vaklede og lugtede helt vildt af alkohol og står ude på p-pladsen med bilnøglerne i hånden og barnet (1) på armen',
    // A meeting with an online contact when the library closes.
    "the girl (11) has been chatting with 'Tom 20' who keeps asking for pics and wrote 'see you outside when the club closes'",
    // Nobody has collected, rung again and again.
    'klokken er 17.20 og der er ingen der har hentet drengen (4), vi har ringet 8 gange',
  ])('acute: %s', (text) => {
    expect(classifier.classify(text).acute).toBe(true);
  });

  it('the writer asking whether granted leave counts as illegal absence raises no rule', () => {
    expect(
      ruleFindingsOf(
        'skolelederen har givet fri til en rejse, og jeg er i tvivl om det tæller som ulovligt fravær',
      ),
    ).toEqual([]);
  });
});

describe('classes from the retired round-21 sealed misses (in new words)', () => {
  it.each([
    // Typed without æ, ø and å, as the sealed case was.
    'pigen i 3 kl 9 aar passer sine 2 smaa soeskende hver eftermiddag til kl 21 mens mor er paa arbejde',
  ])('the rules alone warn: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });
});

describe('the retired round-21 sealed cases only the model caught (in new words)', () => {
  it.each([
    'naboen siger at to små børn (2 og 4) har grædt bag døren hele natten, og ingen voksne har været der',
    'a girl (15) told me her parents are taking her to their home country next week to be married',
  ])('acute by the rules alone: %s', (text) => {
    expect(ruleFindingsOf(text).some((f) => f.level === 'acute')).toBe(true);
  });

  it('a stepfather who moved back in and a child who has wet herself since is a warning', () => {
    expect(
      ruleFindingsOf('papfar er flyttet ind igen, og siden har pigen (6) tisset i bukserne flere gange')
        .length,
    ).toBeGreaterThan(0);
  });
});

describe('classes from the round-22 blind dev halves (in new words)', () => {
  it.each([
    // West Jutlandic: "it" for "ikke", "mæ" for "mig", in the child's own words.
    'pigen på 4 ville it med hjem. hun sagde "mor bliver så sur, og så slår hun mæ med æ slev"',
    // Not wanting to go home, with the disclosure in the next sentence; Danish and English twins.
    'drengen (7) sidder under bordet og vil ikke hjem. han siger at stedfar sparker ham når mor er på arbejde',
    'the boy (7) is under the table and refuses to go home. he says his stepdad kicks him when mum is at work',
  ])('acute by the rules alone: %s', (text) => {
    expect(ruleFindingsOf(text).some((f) => f.level === 'acute')).toBe(true);
  });

  it.each([
    // The writer followed it up: raised with the parents, shown the hospital's papers two sentences on.
    'Pigen på 3 har flere blå mærker på skinnebenene. Vi var urolige og tog det op med far. Han viste os et brev fra hospitalet om at hun har for få blodplader.',
    // Threats and "kms" shouted at figures in a game.
    'tre drenge fra 7. spillede valorant i frikvarteret og råbte "kms" og "jeg slår dig ihjel" til figurerne i spillet, de morede sig',
    // Warm clothes are in the bag; the child chooses shorts.
    'drengen (8) kommer hver dag i shorts og t-shirt i frostvejret, men der ligger altid varmt tøj i tasken som han selv vælger ikke at tage på',
  ])('benign, no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it('"ingen varme bukser i tasken" explains nothing: the child still lacks clothes for the frost', () => {
    expect(
      ruleFindingsOf(
        'pigen på 3 kommer uden jakke og hue i frostvejret, og der ligger ingen varme bukser i tasken',
      ).length,
    ).toBeGreaterThan(0);
  });
});

describe('classes from the round-23 blind dev halves (in new words)', () => {
  it.each([
    // Touching between other children's legs "as sweethearts do"; Danish and English twins.
    'pædagog i vuggestuen: drengen på 3 stikker hånden ind mellem benene på de små og siger at det gør kærester',
    "kindergarten teacher: the boy (3) sticks his hand between the other children's legs and says that is what sweethearts do",
  ])('sexualised behaviour by the rules alone: %s', (text) => {
    expect(ruleFindingsOf(text).map((f) => f.ruleId)).toContain('sexualisedBehaviour');
  });

  it('a parent\'s diagnosis "stabil med i mange år" is told, not a crisis now', () => {
    expect(
      ruleFindingsOf(
        'far har selv fortalt at han har skizofreni, men han går til kontrol og har været stabil med i mange år',
      ),
    ).toEqual([]);
  });

  it.each([
    // A grandparent who moved in and does the pick-ups: the family copes, the setting decides.
    [
      'far er indlagt med en brækket hofte i to uger. farmor bor hos familien og afleverer hver morgen, og pigen (4) leger som hun plejer i børnehaven',
      'dagtilbud',
    ],
    // A parent who asks where to get a little support, eight words after "spurgte".
    [
      'far til en pige i vuggestuen (1) spurgte mig i går om vi vidste hvor han kunne finde noget støtte, han føler sig alene med det',
      'social',
    ],
    // A parent group for young parents, written as one compound.
    [
      'mor (19) til en dreng på 10 mdr i dagplejen vil gerne på et forældrehold for unge mødre, ved I hvor',
      'social',
    ],
  ])('%s -> %s', (text, pathway) => {
    expect(classifier.classify(text).pathway).toBe(pathway);
  });
});

describe('classes from the retired round-22 sealed misses (in new words)', () => {
  it.each([
    // A handprint made in paint or clay; Danish and English twins.
    'drengen på 3 har lavet et fodaftryk i gips til farmors fødselsdag, det er en hemmelighed',
    "the boy (3) made a footprint in plaster for granny's birthday, it is a secret",
  ])('benign, no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    // A print on the child's body stays a mark, paint or not.
    'pigen (4) har et håndaftryk på kinden, far siger det er fingermaling',
    // Lyrics are no explanation: teenagers say it through songs (round-22 sealed FA left on purpose).
    'i musik øver 8.a en kendt sang hvor omkvædet er "jeg vil ikke være her mere"',
    "she posted song lyrics on her story: 'I don't wanna be here anymore'",
  ])('still a warning: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });
});

describe('classes from the retired round-23 sealed misses (in new words)', () => {
  it.each([
    // A child who minds younger brothers every evening and puts them to bed; twins.
    [
      'drengen på 11 passer sine to små brødre på 4 og 6 hver eftermiddag til mor kommer hjem',
      'childCaringForOthers',
    ],
    [
      'the boy (11) looks after his two little brothers (4 and 6) every afternoon until mum gets home',
      'childCaringForOthers',
    ],
    // The child cannot get the carer awake, a toddler at home; twins.
    [
      'pigen (9) siger at far ligger på sofaen og hun kan ikke få ham vågen, lillebror på 1 er hjemme',
      'carerUnresponsive',
    ],
    [
      "the girl (9) says dad is lying on the sofa and she can't get him to wake up, her brother (1) is at home",
      'carerUnresponsive',
    ],
  ])('%s raises %s', (text, ruleId) => {
    expect(ruleFindingsOf(text).map((f) => f.ruleId)).toContain(ruleId);
  });

  it.each([
    // Who beat whom at a board game.
    'pigen på 5 fortalte alle at mor slog far fire gange i søndags – i yatzy',
    'the girl (5) told everyone that mum beat dad four times on Sunday at chess',
    // An adult napping in his or her own car before drop-off.
    'en mor sad og sov i sin bil på parkeringspladsen før hun afleverede, hun havde haft nattevagt',
    'a mum was asleep in her car in the car park before drop-off, she had worked a night shift',
    // A small child playing wedding.
    'drengen på 5 legede bryllup og sagde at han skal giftes med sin kusine når han bliver stor',
    'the boy (5) was playing wedding and said he will marry his cousin when he grows up',
  ])('benign, no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    // Hit after the game is still a blow; a marriage the family decided is still control.
    'drengen på 5 siger at far slog mor i går efter de havde spillet kort',
    'pigen på 13 siger at hun skal giftes med sin fætter når hun bliver voksen, det har familien besluttet',
  ])('still a warning: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });

  it('a mother who cannot get her son up for school is no carer who cannot be woken', () => {
    expect(
      ruleFindingsOf(
        'mor skriver at hun ikke kan få ham op om morgenen, han spiller til langt ud på natten',
      ).map((f) => f.ruleId),
    ).not.toContain('carerUnresponsive');
  });
});

describe('classes from the retired round-24 sealed false alarms (in new words)', () => {
  it.each([
    // An aunt's or uncle's wedding the child looks forward to.
    'drengen (8) skal til Pakistan med familien i tre uger, fordi hans farbror skal giftes',
    // Warm clothes forgotten in the car and brought the same morning.
    'pigen på 2 kom uden vanter og hue i frosten, men mor kom med dem kl 10, de var glemt i bilen',
  ])('benign, no rule: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    // A marriage an uncle decided is still control; clothes missing every day are still a sign.
    'pigen på 15 skal giftes med sin fætter i sommer, det har hendes onkel bestemt',
    'pigen på 3 kommer uden jakke i frostvejret hver dag',
  ])('still a warning: %s', (text) => {
    expect(ruleFindingsOf(text).length).toBeGreaterThan(0);
  });
});

describe('classes from the round-24 dev halves (in new words)', () => {
  it.each([
    // A child's words quoted in West Jutlandic: "a" for "jeg", "vær" for "være".
    'drengen på 12 sagde i frikvarteret: a vil hellere vær død end gå hjem',
    // The English twins.
    'the boy (12) told me at break that he would rather be dead',
    "she said she'd rather not be alive anymore, she is 14",
  ])('raises the suicide warning: %s', (text) => {
    expect(ruleFindingsOf(text).map((f) => f.ruleId)).toContain('suicide');
  });

  it('a wish to be dead rather than go home is read as suicidal communication in both languages', () => {
    for (const text of [
      'drengen på 12 sagde: a vil hellere vær død end gå hjem',
      'the boy (12) said he would rather be dead than go home',
    ]) {
      expect(ruleFindingsOf(text).map((f) => f.ruleId)).toContain('suicidalCommunication');
    }
  });

  it.each([
    // "Rather die" is mostly said of a test or a chore, and a comparison stays a comparison.
    "the girl (11) said she'd rather die than do the maths test lol",
    'pigen på 11 sagde at hun hellere ville dø end have matematikprøve, og grinte',
  ])('benign, no suicide warning: %s', (text) => {
    expect(ruleFindingsOf(text).map((f) => f.ruleId)).not.toContain('suicide');
  });
});

describe('classes from the round-24 and round-25 dev halves (in new words)', () => {
  it.each([
    // Brothers who fight over a game console: a sibling quarrel, not adults' violence.
    'pigen på 7 fortalte at hun og storesøster sloges om fjernbetjeningen i går, hun har en lille rift på hånden',
    'the girl (7) said she and her big sister fought over the remote last night, she has a small scratch on her hand',
    // Sent off in a match.
    'drengen (11) siger han blev smidt ud i går. Det var et rødt kort i håndboldkampen, han er sur på dommeren',
    'the boy (11) says he got thrown out yesterday. It was a red card in the handball match, he is cross with the referee',
    // A birthmark the health visitor noted, in one word or two.
    'pigen på 6 mdr har grå pletter på lænden. Sundhedsplejersken har skrevet at det er mongolpletter',
    'the girl (6 months) has grey patches on her lower back. The health visitor wrote that they are Mongolian spots',
    // A terse note with the sport as one of its items.
    'pige 9, blå mærker på knæene, håndbold, far fortalte',
    'girl 9, bruises on knees, handball, dad said',
    // A child's threat against a brother or sister, said in temper over a game.
    "drengen (9) råbte 'jeg slår min storesøster ihjel hvis hun sletter mit spil' og grinede bagefter. Forældrene er søde",
    "the boy (9) shouted 'I'll kill my big sister if she deletes my game' and laughed afterwards. His parents are lovely",
    // Tired or cross about a train, not in despair.
    'pigen på 14 kan ikke mere. Hun er træt efter turen med toget fra Aarhus',
    "the girl (14) said I can't take it anymore, the train was late again, and laughed",
  ])('benign, no warning: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    // Parents who fight each other stay a warning.
    ['drengen på 8 siger at mor og far sloges i nat', 'witnessingViolence'],
    // A list of ever-new accounts is no explanation.
    [
      'the boy (8) came back with a bruise on the upper arm. Dad has a new story every time (trampoline, stairs, football)',
      'unexplainedMarks',
    ],
    // A sport the child refuses is no account of the mark.
    ['pigen på 9 har blå mærker på armene, vil ikke til håndbold', 'unexplainedMarks'],
    // Despair and the railway: the means and the place beside it.
    ['drengen på 13 sagde: a ka et mer. a ved hvornår æ tog kommer forbi', 'suicide'],
    ['drengen på 13 sagde: jeg kan ikke mere. jeg går ud på skinnerne i aften', 'suicide'],
    [
      "the boy (13) said: I can't do this anymore. I know when the freight train passes the level crossing",
      'suicide',
    ],
    // A parent taken by the hair, plates thrown on the floor.
    ['pigen på 6 fortæller at far hev mor i håret i weekenden', 'witnessingViolence'],
    ['the girl (6) says dad grabbed mum by the hair at the weekend', 'witnessingViolence'],
    ['drengen på 6 siger far smed tallerknerne på gulvet og råbte af mor', 'witnessingViolence'],
    // Living in a car; asleep on the doormat at night.
    ['drengen (12) fortæller at han og mor bor i bilen lige nu', 'noSafePlaceToSleep'],
    ['the boy (12) says he and his mum are living in the car at the moment', 'noSafePlaceToSleep'],
    ['viceværten har fundet drengen (10) sovende på dørmåtten flere aftener', 'noSafePlaceToSleep'],
    ['the caretaker found the boy (10) asleep on the doormat several evenings', 'noSafePlaceToSleep'],
    // Pictures "without the top" asked for by someone met online.
    [
      "pigen (12) siger at en fyr fra snapchat bliver ved med at bede om billeder 'uden top'",
      'onlineGrooming',
    ],
    [
      "the girl (12) says a guy from snapchat keeps asking her for pictures 'without the top'",
      'onlineGrooming',
    ],
    // A parent taken away by ambulance and no adult at home since.
    [
      'drengen (10) siger mor blev hentet af en ambulance i nat og der har ikke været nogen voksne hjemme siden',
      'childLeftWithoutCare',
    ],
    [
      'the boy (10) says mum was taken away by ambulance last night and there has been no adult at home since',
      'childLeftWithoutCare',
    ],
  ])('still or newly a warning: %s', (text, ruleId) => {
    expect(ruleIds(text)).toContain(ruleId);
  });
});

describe('classes from the retired round-25 sealed misses (in new words)', () => {
  it.each([
    // Weight loss told by the clothes, lunch not eaten for weeks, laps run every break.
    "the girl (14) has got very thin lately and her trousers hang off her. She hasn't eaten her packed lunch in weeks",
    'pigen (14) er blevet meget tynd, og bukserne hænger på hende. Hun har ikke spist sin madpakke i ugevis',
    'the boy (15) has become really thin and runs laps around the yard every break',
    'drengen (15) er blevet tynd og løber runder om skolegården hvert frikvarter',
  ])('possible eating disorder: %s', (text) => {
    expect(ruleIds(text)).toContain('eatingDisorder');
  });

  it.each([
    // The writer rules the worry out ("ikke noget at bekymre sig om", "nothing to worry about").
    'mor er gravid igen, og drengen (5) fortæller stolt alle at babyen kommer ud af maven. Ikke noget at bekymre sig om, vel?',
    'mum is pregnant again and the boy (5) proudly tells everyone the baby will come out of her tummy. Nothing to worry about, is it?',
    // A parent "helt væk" who sleeps by day after night shifts.
    "pigen (6) siger 'mor er helt væk, hun sover bare'. Far fortæller at mor er startet på nattevagt og sover om dagen",
  ])('benign, no warning: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });

  it.each([
    // Thin and running laps at football practice, or lunch missed for a week with flu: not the sign.
    'the boy (9) is thin, always has been, and runs laps at football practice',
    "the girl (13) has been ill with flu, is a bit thinner and hasn't eaten her packed lunch for a week",
  ])('not an eating disorder: %s', (text) => {
    expect(ruleIds(text)).not.toContain('eatingDisorder');
  });

  it('night shifts do not explain a parent who talks to people who are not there', () => {
    expect(
      ruleIds(
        'pigen (6) siger far er helt væk og snakker med nogen der ikke er der. Han arbejder om natten og sover om dagen',
      ),
    ).toContain('carerPsychosis');
  });
});

describe('the Danish "men" (but) and "man" (one) are not an older man (round-25 dev class)', () => {
  it.each([
    'pigerne i 7.a deler billeder af hende i en snapgruppe. Vi har talt med dem, men det fortsætter',
    'pige 12 siger hun er så klam i bikini, men hun spiser frokost og har normal vægt',
  ])('no grooming: %s', (text) => {
    expect(ruleIds(text)).not.toContain('onlineGrooming');
  });

  it.each([
    'the girl (12) chats with a man from snapchat who asks for pictures',
    'she (13) has been talking to men online who want pictures of her',
    'pigen (13) skriver med en mand på 35 på snap, han vil have billeder',
    'the girl (13) writes with a man of 35 on snap, he wants pictures',
  ])('still grooming: %s', (text) => {
    expect(ruleIds(text)).toContain('onlineGrooming');
  });
});

describe('a parent "helt væk" has an English twin', () => {
  it.each([
    "the girl (6) said 'dad is totally out of it, he just sleeps all the time'",
    'the boy (7) says mum is not herself lately and cannot get up',
    "pigen (6) sagde 'far er helt væk, han sover bare hele tiden'",
  ])('raises the carer warning: %s', (text) => {
    expect(ruleIds(text)).toContain('carerPsychosis');
  });

  it.each([
    "the girl (6) said 'dad is totally out of it, he just sleeps all the time'. Mum says dad started night shifts and sleeps during the day",
    'mum was confused about the pick-up time and came at four',
  ])('no carer warning: %s', (text) => {
    expect(ruleIds(text)).not.toContain('carerPsychosis');
  });
});

describe('English and Danish twins found missing by a probe of the safety signals', () => {
  it.each([
    // No winter jacket in the cold, said with "minus" or as one word ("vinterjakke").
    ['drengen (11) har ingen vinterjakke i minus fem', 'careBelowNeed'],
    ['the boy (11) has no winter jacket in minus five', 'careBelowNeed'],
    ['pigen (4) kom igen i dag uden vinterjakke, og vi har minus 8 grader', 'careBelowNeed'],
    ["it's below freezing and the girl (4) came without a coat again", 'careBelowNeed'],
    // Sexualised behaviour with the object before "between the legs", and sex simulated.
    ['the girl (5) touches the other children between the legs', 'sexualisedBehaviour'],
    ['the boy (4) simulates sex with the dolls in the doll corner', 'sexualisedBehaviour'],
    ['drengen (4) simulerer sex med dukkerne i dukkekrogen', 'sexualisedBehaviour'],
    // Fainting beside eating too little, said "hardly eats" or "eats almost nothing".
    ['the girl (10) faints often and hardly eats, she says she is fat', 'faintingNotEating'],
    ['the boy (12) eats almost nothing at school and fainted twice this week', 'faintingNotEating'],
    ['pigen (10) besvimer tit og spiser næsten ikke, hun siger hun er tyk', 'faintingNotEating'],
  ])('%s', (text, ruleId) => {
    expect(ruleIds(text)).toContain(ruleId);
  });

  it.each([
    'pigen (4) har fået en ny vinterjakke, og det er minus fem',
    'the class of 14-year-olds had sex education and asked about intercourse',
  ])('benign, no warning: %s', (text) => {
    expect(ruleFindingsOf(text)).toEqual([]);
  });
});

describe('Round 26 dev classes: a thing locked away, a pet leaves striped scratches, leave granted in other words', () => {
  ruleClassCases({
    silent: [
      ['Vi har reglen om at private knive bliver låst inde, så den ligger i skabet.', 'violence'],
      ['Telefonerne er låst inde i skabet i timerne.', 'violence'],
      ['Kradsmærker på kinden, 3 lange striber. Mor sagde det var deres nye killing.', 'patternedMarks'],
      [
        'Three long scratches on his cheek. Mum said it was their new kitten, he says the cat scratched him.',
        'patternedMarks',
      ],
      [
        'Er det ulovligt fravær at han er væk 8 dage i marts? Skolelederen har givet lov til turen.',
        'illegalAbsence',
      ],
      [
        'Is it illegal absence that he is away 8 days in March? The head gave permission for the trip.',
        'illegalAbsence',
      ],
    ],
    warns: [
      ['Far låser ham inde i kælderen når han er uartig', 'violence'],
      ['Hun bliver låst inde på sit værelse hver aften', 'violence'],
      ['Tre lange striber på kinden af en 2-årig, mor kan ikke forklare dem', 'patternedMarks'],
    ],
  });
});

describe('Round 27 dev classes', () => {
  ruleClassCases({
    silent: [
      [
        'Graviditetsbesøg hos førstegangsforældre, hun er i uge 32. De er lidt nervøse for amning. Ikke noget der bekymrer mig, vil bare vide om de kan komme i en forældregruppe.',
        'expectingParents',
      ],
      [
        'Pregnancy visit, first-time parents, she is 32 weeks. A bit nervous about breastfeeding. Nothing that worries me, they just want to join a parents group.',
        'expectingParents',
      ],
      [
        'In SFO a 6yo boy whispered "dont tell mom, its a SECRET" and hid something under his jumper, turned out its a mothers day card he made.',
        'secretWithAdult',
      ],
      [
        'I SFO hviskede en dreng på 6 "sig det ikke til mor, det er en HEMMELIGHED" og gemte noget under trøjen, det var et morsdagskort han havde lavet.',
        'secretWithAdult',
      ],
      [
        'Mor stoler ikke på lægen vi har i byen, så de har skiftet til en anden læge, og det gik fint.',
        'refusedMedicalCare',
      ],
      ['Far råbte heja da vi vandt fodboldkampen. Drengen frøs lidt, for det var koldt.', 'fearOfCarer'],
      ['min mor slår mig ihjel hvis jeg kommer for sent hjem igen haha', 'immediateDanger'],
      ["my mum is gonna kill me if I'm late again lol", 'immediateDanger'],
      [
        'pige 13 bliver hentet efter skole af en kæreste på 22 i en sort audi, hun har fået ny iphone af ham',
        'olderPartnerMeetingSoon',
      ],
      ['jeg må ikke sige hvad jeg får i julegave, ellers får jeg mindre', 'violence'],
      ['mor er ked af det og sover hele dagen efter nattevagten', 'parentalIllness'],
      [
        'Fra tandplejen: pige på 7 med afslået fortand, faldt på trampolinen. Jeg skriver kun fordi journalsystemet spørger om "mistanke om vold" ved traumer, sætter jeg bare kryds i nej?',
        'violence',
      ],
      [
        'From the dental service: girl of 7 with a chipped front tooth, fell on a trampoline. I only write because the record system asks about "suspected abuse" for injuries, do I just tick no?',
        'violence',
      ],
    ],
    warns: [
      ['Gravid i uge 32, og jeg er bekymret for hende, hun virker meget alene.', 'expectingParents'],
      ['Pregnant, 32 weeks, and I am worried about her, she seems very alone.', 'expectingParents'],
      [
        "An 8 y/o boy shows off gifts from his football coach, and the coach sends him messages at night: 'it's our special secret, mum can't know'.",
        'secretWithAdult',
      ],
      [
        'Drengen på 5 har haft gult flåd fra øret i 2 uger. Far siger at de ikke stoler på læger og bruger olier.',
        'refusedMedicalCare',
      ],
      [
        'boy 5 years has had yellow stuff running from his ear for 2 weeks, dad says they dont trust doctors and use oils',
        'refusedMedicalCare',
      ],
      [
        "Far til en dreng på 3 råbte ad min kollega i garderoben: 'hvis I blander jer, ved jeg hvor du bor.' Drengen stivnede helt og tissede i bukserne.",
        'fearOfCarer',
      ],
      [
        "The dad of a 3-year-old shouted at my colleague in the cloakroom: 'if you meddle I know where you live.' The boy froze completely and wet himself.",
        'fearOfCarer',
      ],
      [
        "pige på 17 siger hun skal 'hjem' med familien på fredag og ikke kommer tilbage, hun har hørt mor og onkel snakke om at hun skal giftes dernede",
        'forcedTravelSoon',
      ],
      [
        "a girl of 17 says she is going 'home' with the family on friday and will not come back, she heard mum and uncle talk about her getting married there",
        'forcedTravelSoon',
      ],
      [
        "dreng i 3. kl gemmer sig på toilettet og siger 'han slår mig ihjel hvis han finder ud af at jeg har sagt det om i går'",
        'immediateDanger',
      ],
      [
        "a boy in year 3 hides in the toilet and says 'dad will kill me if he finds out I told you about yesterday'",
        'immediateDanger',
      ],
      [
        "pige 13 år har fået ny iphone fra kæresten 'han er 24 men han er sød'. en veninde siger at han henter hende efter skole i dag kl 14 og de skal 'hjem til ham'",
        'olderPartnerMeetingSoon',
      ],
      [
        "girl 13 has a new iphone from her boyfriend 'he is 24 but he is sweet'. a friend says he picks her up after school today at 2 and they are going to his place",
        'olderPartnerMeetingSoon',
      ],
      [
        "dreng 2. kl vil ikke sidde ned. Da jeg spurgte om han havde ondt sagde han 'det må jeg ikke sige, ellers får jeg mere'",
        'violence',
      ],
      [
        "boy year 2 won't sit down. When I asked if he was hurting he said 'I'm not allowed to tell or I'll get more'",
        'violence',
      ],
      [
        "A 5 y/o boy told us: 'mummy is sad and sleeps all day', 'I make breakfast for me and little sister'",
        'parentalIllness',
      ],
      [
        "Dreng på 5 fortæller: 'mor er ked af det og sover hele dagen', 'jeg laver morgenmad til mig og lillesøster'",
        'parentalIllness',
      ],
      ["Hun siger far slog hende, og jeg har udfyldt skemaet med 'mistanke om vold'", 'violence'],
    ],
  });
});

describe('A question whether an absence is unlawful, answered by leave the writer says was granted', () => {
  ruleClassCases({
    silent: [
      [
        'Er det ulovligt fravær når en elev i 5. kl er væk 8 skoledage i marts? Familien er i Pakistan til et bryllup. Forældrene søgte om det i januar, og skolelederen har givet lov.',
        'illegalAbsence',
      ],
      [
        'Is it illegal absence when a pupil in year 5 is away 8 school days in March? The family is at a wedding in Pakistan. The parents asked in January and the head gave permission.',
        'illegalAbsence',
      ],
    ],
    warns: [
      [
        'Er det ulovligt fravær når han ikke har været i skole i 3 uger og forældrene ikke svarer?',
        'illegalAbsence',
      ],
      ['er det ulovligt fravær hvis en elev er væk 2 uger på ferie uden at spørge om lov', 'illegalAbsence'],
      [
        'Is it illegal absence if she has not been in school for three weeks and the parents do not answer?',
        'illegalAbsence',
      ],
    ],
  });
});

describe('Supervised contact is an arrangement, not a parent who believes she is watched', () => {
  ruleClassCases({
    silent: [
      [
        'Pigen på 10 var på overvåget samvær med sin biologiske mor i weekenden, og det gik godt.',
        'carerPsychosis',
      ],
      ['Næste overvåget besøg hos far er på torsdag, og drengen glæder sig.', 'carerPsychosis'],
      [
        'The girl (10) had supervised contact with her birth mother at the weekend and it went well.',
        'carerPsychosis',
      ],
    ],
    warns: [
      ['Mor siger hun bliver overvåget af naboerne gennem væggen og at de vil tage barnet', 'carerPsychosis'],
      [
        'Mum says she is being watched, there are cameras in the ceiling and they will take her child',
        'carerPsychosis',
      ],
    ],
  });
});

describe('Absence the parents report as illness, below the lines of the law, is not illegal absence', () => {
  // Round 27: rising absence at 7 %, reported sick by the mother, was called illegal absence.
  ruleClassCases({
    silent: [
      [
        'fraværet stiger for en pige i 4. kl, 7 % i kvartalet. mor melder hende syg med ondt i maven.',
        'illegalAbsence',
      ],
      [
        'Han glider ud: fraværet er steget (forældrene melder ham syg) og han sidder alene.',
        'illegalAbsence',
      ],
      [
        'Absence keeps rising for a girl in year 4, 7 % this quarter. Her mum calls her in sick with tummy aches.',
        'illegalAbsence',
      ],
    ],
    warns: [
      [
        'fraværet stiger for en pige i 4. kl, 17 % i kvartalet. mor melder hende syg med ondt i maven.',
        'illegalAbsence',
      ],
      ['Fraværet er steget, og der er ingen sygemeldinger. Mor svarer ikke.', 'illegalAbsence'],
      [
        'A girl in year 4 has 17 % absence this quarter. Her mum calls her in sick with tummy aches.',
        'illegalAbsence',
      ],
    ],
  });
});

describe('A parent who gets drunk or angry and then hits the other parent, with a word between', () => {
  // Dev u#41: "far bliver altid fuld og slår mor" had one word too many for the adult-hits-partner pattern.
  ruleClassCases({
    silent: [
      ['far bliver altid glad og synger for mor når gæsterne er gået', 'witnessingViolence'],
      ['dad always gets really tired and hugs mum after the guests leave', 'witnessingViolence'],
    ],
    warns: [
      ['far bliver altid fuld og slår mor når gæsterne er gået', 'witnessingViolence'],
      ['dad always gets really drunk and hits mum after the guests leave', 'witnessingViolence'],
    ],
  });
});

describe('Spoken "ka" and "ska", and an English drunk pick-up, reach the rules written in full', () => {
  // Round 28 dev: "han ka knap nok stå på benene ... vil ha hende med ud i bilen" missed acute.
  ruleClassCases({
    silent: [
      ['far er kommet for at hente hende, han ka godt stå på benene og er frisk', 'carerIntoxicated'],
      [
        'dad has come to collect her, he is fine and wants to take her out to the car',
        'intoxicatedCarerDriving',
      ],
    ],
    warns: [
      [
        'far er kommet for at hente hende, han ka knap nok stå på benene og lugter af sprut',
        'intoxicatedCarerAtPickUp',
      ],
      [
        'dad has come to collect her, he can barely stand and smells of booze and wants to take her out to the car',
        'intoxicatedCarerAtPickUp',
      ],
      [
        'dad has come to collect her, he can barely stand and smells of booze and wants to take her out to the car',
        'intoxicatedCarerDriving',
      ],
      [
        'elev 8kl siger hun flyver til pakistan paa fredag og ska giftes med en hun aldrig har mødt',
        'forcedTravelSoon',
      ],
    ],
  });
});

describe('A lesson or two skipped is not the illegal absence the law counts', () => {
  // Round 28 dev: one skipped last lesson, "første gang det sker", was called illegal absence.
  ruleClassCases({
    silent: [
      ['drengen i 8. pjækkede fra sidste time i fredags, første gang det sker', 'illegalAbsence'],
      ['hun pjækker fra et par timer om ugen fordi det er ligegyldigt', 'illegalAbsence'],
      [
        'the boy in year 8 skipped the last lesson on Friday, the first time it has happened',
        'illegalAbsence',
      ],
    ],
    warns: [
      ['drengen i 8. pjækker hele dage og har ikke været her i tre uger', 'illegalAbsence'],
      ['hun pjækker fra et par timer hver dag og har 18 % fravær', 'illegalAbsence'],
      ['the boy in year 8 has not been in school for three weeks', 'illegalAbsence'],
    ],
  });
});

describe('A bleeding disorder named in Danish explains easy bruising, told in the sentence before', () => {
  // Round 27: "hæmofili" was not among the names of the condition, and "børneafd." cut the sentence.
  ruleClassCases({
    silent: [
      [
        'Ny dreng på 3 har hæmofili, mor har givet os papir fra børneafd. på Skejby. Han får nemt blå mærker på knæene. Hvem skal vide det?',
        'unexplainedMarks',
      ],
      [
        'A new boy of 3 has haemophilia, mum gave us a letter from the children’s ward. He bruises easily on his knees.',
        'unexplainedMarks',
      ],
    ],
    warns: [
      ['Ny dreng på 3 har astma. Han har tit blå mærker på overarmene.', 'unexplainedMarks'],
      ['A new boy of 3 has asthma. He often has bruises on his upper arms.', 'unexplainedMarks'],
    ],
  });
});

describe('the model alone calls no acute danger over signs the writer explained, with the shipped model on', () => {
  // Round 26: bruises in a boy with haemophilia, ruled out by the rules, were called acute by the
  // model alone. Notify and the triage questions stay; a yes to danger now still raises acute.
  const classifier = createPathwayClassifier(loadPathwayConfig(CONFIG_DIR, { safetyModel: true }));
  const EXPLAINED = [
    'Vil ikke gøre et stort nummer ud af det, men vi har en dreng i 1. klasse der tit har blå mærker på benene og armene. Forældrene fortalte ved skolestart at han har hæmofili og får medicin. Nu spørger en forælder fra klassen om "ingen har opdaget det". Hvordan svarer jeg på det uden at sige noget jeg ikke må?',
    'I don\'t want to make a big thing of it, but a boy in 1st grade often has bruises on his legs and arms. The parents told us when he started school that he has haemophilia and takes medicine. Now a parent in the class asks whether "nobody has noticed". How do I answer without saying something I must not?',
    'pige i 6. har rifter på begge underarme og hænderne i dag. vi var i skoven med natur/teknologi i går og hun faldt ned i et brombærkrat, det var mig der hev hende op og vaskede det af. mor er orienteret',
  ];

  it.each(EXPLAINED)('not acute: %s', (text) => {
    const result = classifier.classify(text);
    expect(result.ruledOut.length).toBeGreaterThan(0);
    expect(result.acute).toBe(false);
  });

  it.each(EXPLAINED)('a yes to danger now still raises acute: %s', (text) => {
    expect(classifier.classify(text, { triageAnswers: { dangerNow: true } }).acute).toBe(true);
  });
});

describe('Denials the writer words as staff do: "ingen snak om", "ikke et", "hun ikke er"', () => {
  // Round 29 dev: "ingen snak om rejser", "hun siger hun ikke er bange for at tage hjem" and "(ikke
  // et nøgenbillede, bare pinligt)" each raised the warning they deny.
  ruleClassCases({
    silent: [
      ['pigen på 14 må ikke gå til svømning. Der er ingen snak om rejser i sommerferien', 'forcedTravelSoon'],
      [
        'the girl of 14 is not allowed to swim. There is no talk of travel in the summer holiday',
        'forcedTravelSoon',
      ],
      ['hun siger at hun ikke er bange for at tage hjem i dag', 'afraidToGoHome'],
      ['en har delt et billede af hende fra festen (ikke et nøgenbillede, bare pinligt)', 'sexualAbuse'],
      ['someone shared a picture of her from the party (not a nude photo, just embarrassing)', 'sexualAbuse'],
    ],
    warns: [
      ['pigen på 14 må ikke gå til svømning. De rejser til hjemlandet i sommerferien', 'forcedTravelSoon'],
      ['the girl of 14 is not allowed to swim. They are travelling back home next week', 'forcedTravelSoon'],
      ['hun siger at hun er bange for at tage hjem i dag', 'afraidToGoHome'],
      ['en har delt et nøgenbillede af hende fra festen', 'sexualAbuse'],
      ['someone shared a nude photo of her from the party', 'sexualAbuse'],
    ],
  });
});

describe('the model alone calls no acute danger the writer denied, with the shipped model on', () => {
  // Round 29 dev: control in the name of the family's honour, with travel and fear of going home
  // both denied by the writer, was called acute by the model alone. The duty stays.
  const classifier = createPathwayClassifier(loadPathwayConfig(CONFIG_DIR, { safetyModel: true }));
  const DENIED = [
    '8. klasse pige, 14 år. Hun må ikke komme med på lejrskole eller til svømning, og storebror tjekker hendes telefon. Far siger hun skal passe på familiens ry. Der er ingen snak om rejser, og hun siger hun ikke er bange for at tage hjem i dag.',
    'Year 8 girl, 14. She is not allowed on the school camp or to swim, and her older brother checks her phone. Her father says she must protect the family’s honour. There is no talk of travel, and she says she is not afraid to go home today.',
  ];
  it.each(DENIED)('a duty, not acute: %s', (text) => {
    const result = classifier.classify(text);
    expect(result.dutyToNotify).toBe(true);
    expect(result.acute).toBe(false);
  });
  it.each(DENIED)('a yes to danger now still raises acute: %s', (text) => {
    expect(classifier.classify(text, { triageAnswers: { dangerNow: true } }).acute).toBe(true);
  });
});

describe("The family's honour named without a threat or a journey is control, a duty, not acute", () => {
  // Round 29 dev: "protect the family's honour" was acute in English, "familiens ry" a duty in Danish.
  ruleClassCases({
    silent: [
      ['far siger at hun skal passe på familiens ære og ikke må have veninder med kærester', 'honourRelated'],
      [
        "her father says she must protect the family's honour and may not have friends with boyfriends",
        'honourRelated',
      ],
    ],
    warns: [
      ['far siger at hun skal passe på familiens ære og ikke må have veninder med kærester', 'honourControl'],
      [
        "her father says she must protect the family's honour and may not have friends with boyfriends",
        'honourControl',
      ],
      ['brødrene truer hende fordi hun har en kæreste og krænker familiens ære', 'honourRelated'],
      ['her brothers threaten her because she has a boyfriend and shames the family honour', 'honourRelated'],
    ],
  });
});

describe("Children's role play and a story about a character are not the child's danger", () => {
  // Round 29 dev: cops and robbers with "jeg skyder dig" and a boy playing dead was called acute; a
  // pupil's short story about a girl who cuts herself was called self-injury.
  ruleClassCases({
    silent: [
      [
        'drengene legede politi og røvere på legepladsen og råbte "jeg skyder dig", en spillede død',
        'immediateDanger',
      ],
      [
        'the boys played cops and robbers in the playground and shouted "I will shoot you", one played dead',
        'immediateDanger',
      ],
      ['en elev på 14 har skrevet en novelle om en pige der skærer i sig selv', 'selfInjury'],
      ['a pupil of 14 has written a short story about a girl who cuts herself', 'selfInjury'],
    ],
    warns: [
      [
        'far legede politi og røvere med drengen og råbte "jeg skyder dig" med en rigtig pistol',
        'immediateDanger',
      ],
      [
        'dad played cops and robbers with the boy and shouted "I will shoot you" with a real gun',
        'immediateDanger',
      ],
      [
        'en elev på 14 har skrevet en novelle om en pige der skærer i sig selv, og det er hendes egen historie',
        'selfInjury',
      ],
      [
        'a pupil of 14 has written a short story about a girl who cuts herself, and it is her own story',
        'selfInjury',
      ],
    ],
  });
});

describe("A child's own tantrum is not violence the child witnesses", () => {
  // Round 29 dev: "han smider med tingene og gemmer sig under bordet" after losing a game was read
  // as a child hiding from an adult who throws things.
  ruleClassCases({
    silent: [
      [
        'drengen i 0. klasse får raserianfald når han taber, han smider med tingene og gemmer sig under bordet',
        'witnessingViolence',
      ],
      [
        'the boy in reception has tantrums when he loses, he throws things and hides under the table',
        'witnessingViolence',
      ],
    ],
    warns: [
      [
        'drengen i 0. klasse siger at far smider med tingene og så gemmer han sig under bordet',
        'witnessingViolence',
      ],
      [
        'the boy in reception says dad smashes things and then he hides under the table',
        'witnessingViolence',
      ],
    ],
  });
});

describe('Violence the writer dates weeks back, told today, is a duty and not within 72 hours', () => {
  // Round 29 dev: a boy told today of violence at home "for 3 uger siden" was read as recent abuse.
  ruleClassCases({
    silent: [
      [
        'drengen fortalte i dag at far slog mor, det var for 3 uger siden, og far er flyttet nu',
        'recentAbuse',
      ],
      [
        'the boy told me today that dad hit mum, it was three weeks ago, and dad has moved out now',
        'recentAbuse',
      ],
    ],
    warns: [
      ['drengen fortalte i dag at far slog mor i går', 'recentAbuse'],
      ['the boy told me today that dad hit mum yesterday', 'recentAbuse'],
      ['drengen fortalte i dag at far slog ham for 3 uger siden og igen i går', 'recentAbuse'],
      ['the boy told me today that dad hit him three weeks ago and again yesterday', 'recentAbuse'],
    ],
  });
});

describe('Grooming told with a comma, a gap or a present for the secret', () => {
  // Round 29 dev: '"Mikkel, 19"' asking "for photos of her without her top" before meeting tonight
  // raised nothing, nor did a neighbour's money and "hvis jeg siger den ... får jeg ikke flere gaver".
  ruleClassCases({
    silent: [
      ['pigen har en hemmelighed med mormor om en gave til mors fødselsdag', 'secretWithAdult'],
      ["the girl has a secret with grandma about a present for mum's birthday", 'secretWithAdult'],
    ],
    warns: [
      [
        "vores 13-årige skal mødes med 'Mikkel, 19' i aften. Han har bedt om billeder af hende uden top",
        'groomingMeetingSoon',
      ],
      [
        "our 13-year-old is meeting 'Mikkel, 19' tonight. He has asked for photos of her without her top",
        'groomingMeetingSoon',
      ],
      [
        'pigen på 9 får tit penge af naboen og siger: vi har en hemmelighed, og hvis jeg siger den får jeg ikke flere gaver',
        'secretWithAdult',
      ],
      [
        "the girl of 9 often gets money from the neighbour and says: we have a secret, and if I tell it I won't get more presents",
        'secretWithAdult',
      ],
    ],
  });
});

describe("An adult's death threat quoted, and neglect seen in a toddler, in both languages", () => {
  // Round 29 dev, caught by the model alone: a boyfriend's "if you come home today I kill you", and a
  // toddler who "arrives starving", takes bread off other children's plates, eats from the compost
  // bin and wears yesterday's nappy.
  ruleClassCases({
    silent: [
      ['drengene råbte "jeg slår dig ihjel" til hinanden i fodbold og grinede', 'immediateDanger'],
      ['the boys shouted "I kill you" at each other in football and laughed', 'immediateDanger'],
      ['drengen på 2 spiser mange rosiner fra skålen', 'hungerAndFoodSeeking'],
      ['the boy of 2 eats a lot of raisins from the bowl', 'hungerAndFoodSeeking'],
    ],
    warns: [
      ["mors kæreste sagde 'hvis du kommer hjem i dag slår jeg dig ihjel'", 'immediateDanger'],
      ["mum's boyfriend said 'if you come home today I kill you'", 'immediateDanger'],
      ['drengen på 22 mdr kommer om mandagen skrupsulten', 'hungerAndFoodSeeking'],
      ['the boy of 22 months arrives on Mondays starving', 'hungerAndFoodSeeking'],
      [
        'drengen på 22 mdr tager brød fra de andre børns tallerkener og spiser fra kompostspanden',
        'hungerAndFoodSeeking',
      ],
      [
        "the boy of 22 months grabs bread off other children's plates and eats from the compost bin",
        'hungerAndFoodSeeking',
      ],
      ['drengen på 22 mdr: bleen er ofte fra i går', 'careBelowNeed'],
      ["the boy of 22 months: his nappy is often yesterday's", 'careBelowNeed'],
    ],
  });
});

describe("Something thrown at a parent, told in a learner's Danish or English", () => {
  // Round 29 review of the dev halves: "han kaste telefon på mor" was read by no rule.
  ruleClassCases({
    silent: [
      ['han kaste bold til mor i haven og de grinede', 'witnessingViolence'],
      ['he throw ball to mum in the garden and they laughed', 'witnessingViolence'],
    ],
    warns: [
      ["'far meget vred, han kaste telefon på mor'", 'witnessingViolence'],
      ["'dad very angry, he throw phone at mum'", 'witnessingViolence'],
    ],
  });
});

describe('A threat told laughing with the others laughing along, and "ingen udtalelser om at"', () => {
  // Round 28 sealed misses, read after their one scoring: a father who "would kill him" over a bad
  // mark, told laughing in the next sentence, was called acute; "Ingen udtalelser om at hun vil dø"
  // raised the suicide warning it denies.
  ruleClassCases({
    silent: [
      [
        'En dreng i 4. klasse sagde i dag at hans far ville slå ham ihjel hvis han fik dårlig karakter. Han sagde det grinende og de andre grinede med.',
        'immediateDanger',
      ],
      [
        'A boy in year 4 said today that his dad would kill him if he got a bad mark. He said it laughing and the others laughed along.',
        'immediateDanger',
      ],
      ['Ingen udtalelser om at hun vil dø.', 'suicide'],
      ['There is no talk of her wanting to die.', 'suicide'],
    ],
    warns: [
      [
        'En dreng i 4. klasse sagde i dag at hans far ville slå ham ihjel hvis han fik dårlig karakter. Han rystede da han sagde det.',
        'immediateDanger',
      ],
      [
        'A boy in year 4 said today that his dad would kill him if he got a bad mark. He was shaking when he said it.',
        'immediateDanger',
      ],
      ['Hun siger at hun vil dø.', 'suicide'],
      ['She says she wants to die.', 'suicide'],
    ],
  });
});

describe('"Wanting to die" in English, and a writer who says nothing of the kind was said', () => {
  // Found with the round-28 sealed classes: "talking about wanting to die" and "not wanting to live"
  // raised nothing in English, where "vil dø" did in Danish; "she hasn't said anything about
  // wanting to die" / "hun har ikke sagt noget om at hun vil dø" must then rule it out.
  ruleClassCases({
    silent: [
      ["She hasn't said anything about wanting to die.", 'suicide'],
      ['Hun har ikke sagt noget om at hun vil dø.', 'suicide'],
    ],
    warns: [
      ['He keeps talking about wanting to die.', 'suicide'],
      ['Han snakker hele tiden om at han vil dø.', 'suicide'],
      ['She talks about not wanting to live anymore.', 'suicide'],
      ['Hun siger at hun ikke vil leve mere.', 'suicide'],
    ],
  });
});

describe('A stomach bug explains days away, never the marks a child comes back with', () => {
  // Round-29 translation twins: "altid 'maveinfluenza' ifølge far, og to gange kom han tilbage med
  // gullige blå mærker" had its marks explained by the stomach bug.
  ruleClassCases({
    silent: [
      ['han var væk to dage med maveinfluenza, mor ringede begge dage', 'illegalAbsence'],
      ['he was off two days with a stomach bug, mum called both days', 'illegalAbsence'],
    ],
    warns: [
      [
        "han er tit væk, altid 'maveinfluenza' ifølge far, og kom tilbage med blå mærker på begge overarme",
        'unexplainedMarks',
      ],
      [
        "he is often off, always 'stomach flu' according to dad, and came back with bruises on both upper arms",
        'unexplainedMarks',
      ],
    ],
  });
});

describe('Round-29 translation twins: the same sign in the other language', () => {
  // Each English (or Danish) twin of a round-28/29 case the rules read in one language only.
  ruleClassCases({
    silent: [
      ['hun ligger i sengen og læser hele eftermiddagen, hun har fri', 'parentalIllness'],
      ['she lies in the bed reading all afternoon on her day off', 'parentalIllness'],
    ],
    warns: [
      ["han fortæller at mor 'ligger i sengen hele tiden og græder'", 'parentalIllness'],
      ["he tells that mum 'lies in the bed all the time and cries'", 'parentalIllness'],
      ['pigen på 9 skal passe sin lillebror på 10 måneder i aften', 'childCaringForOthers'],
      ['the girl of 9 must look after her little brother of 10 months tonight', 'childCaringForOthers'],
      ['drengen på 4 har lagt sig oven på andre børn og bevæget sig op og ned', 'sexualisedBehaviour'],
      ['the boy of 4 has laid down on top of other children and moved up and down', 'sexualisedBehaviour'],
      ['drengen på 4 prøvede at putte hånden ned i bukserne på en pige', 'sexualisedBehaviour'],
      ['the boy of 4 tried to put his hand down the pants of a girl', 'sexualisedBehaviour'],
      [
        'han er tit væk, altid sygemeldt af far. Når han kommer tilbage er der mærker på armen',
        'repeatedInjury',
      ],
      [
        'he is often off, always called in sick by dad. When he comes back there are marks on his arm',
        'repeatedInjury',
      ],
    ],
  });
});

describe('Round-29 translation twins: look-alikes the writer explains in either language', () => {
  ruleClassCases({
    silent: [
      [
        'Han har mange blå mærker, mor har givet os et brev fra hospitalet om at han har en blødersygdom.',
        'unexplainedMarks',
      ],
      [
        'He has many bruises, mum gave us a letter from the hospital that he has a bleeding disease.',
        'unexplainedMarks',
      ],
      ['Hun har en blødersygdom. Hvad skal vi gøre, når hun slår sig?', 'selfHarm'],
      ['She has a bleeding disease. What must we do when she hurts herself?', 'selfHarm'],
      [
        'Han har haft den samme hættetrøje på hver dag i tre uger, han nægter at tage andet på, og mor vasker den hver aften.',
        'neglect',
      ],
      [
        'He has worn the same hoodie every day for three weeks, he refuses to put on another one and mum washes it every evening.',
        'neglect',
      ],
      [
        'Han kom for sent fire gange fordi bussen var forsinket. Tæller det som ulovligt fravær?',
        'illegalAbsence',
      ],
      [
        'He was late four times because the bus was delayed. Does it count as unauthorised absence?',
        'illegalAbsence',
      ],
      [
        'Drengen siger at noget er en hemmelighed og at jeg ikke må sige det, men det er at familien flytter til Ikast.',
        'secretWithAdult',
      ],
      [
        "The boy says something is a secret and I mustn't tell, but it is that the family is moving to Ikast.",
        'secretWithAdult',
      ],
    ],
    warns: [
      ['Han har mange blå mærker på overarmene og ingen forklaring.', 'unexplainedMarks'],
      ['He has many bruises on his upper arms and no explanation.', 'unexplainedMarks'],
      ['Han har haft det samme tøj på hver dag i tre uger, og det lugter.', 'neglect'],
      ['He has worn the same clothes every day for three weeks and they smell.', 'neglect'],
    ],
  });
});

describe('Round-29 translation twins: grooming in English as in Danish', () => {
  ruleClassCases({
    silent: [
      ['she is meeting her friend Sofie at the station today after school', 'groomingMeetingSoon'],
      ['hun skal mødes med sin veninde Sofie ved stationen i dag efter skole', 'groomingMeetingSoon'],
    ],
    warns: [
      [
        "today after school she is meeting 'Mikkel' at the station. He looks like a grown man of 25-30 and has pictures of her.",
        'groomingMeetingSoon',
      ],
      [
        "i dag efter skole skal hun mødes med 'Mikkel' ved stationen. Han ligner en voksen mand på 25-30 og har billeder af hende.",
        'groomingMeetingSoon',
      ],
      [
        'hendes fodboldtræner giver hende gaver og siger at hun ikke må sige det til sin mor',
        'secretWithAdult',
      ],
      ["her football coach gives her presents and says she isn't allowed to tell her mum", 'secretWithAdult'],
    ],
  });
});

describe('Round-30 dev classes, in Danish and English', () => {
  ruleClassCases({
    silent: [
      // A young child's own sexualised act towards another child: the duty, not abuse within 72 hours.
      [
        'Drengen på 4 år har lavet samlejebevægelser, og i dag prøvede han at få en pige på 3 til at røre ved hans tissemand.',
        'recentAbuse',
      ],
      [
        'The boy of 4 has made sex movements, and today he tried to get a girl of 3 to touch his willy.',
        'recentAbuse',
      ],
      // "men ikke bange", "but not afraid": what the child is not, after a contrast.
      ['Hun er ked af det og vred, men ikke bange for at tage hjem i dag.', 'afraidToGoHome'],
      ['She is sad and angry but not afraid to go home today.', 'afraidToGoHome'],
      // "virker ikke bange", "doesn't seem afraid": no sign of it seen.
      ['Hun virker ikke bange for at gå hjem i dag.', 'afraidToGoHome'],
      ["She doesn't seem afraid to go home today.", 'afraidToGoHome'],
      // "ikke fordi jeg vil dø", "not because I want to die": the child names what it is not.
      ['Hun sagde: "det er ikke fordi jeg vil dø, det er for at få det til at stoppe".', 'suicide'],
      ['She said: "it is not because I want to die, it is to make it stop".', 'suicide'],
      // A film watched in class where a father hits a mother is not violence seen at home.
      ['I klassen så vi en film om en familie hvor far slår mor.', 'witnessingViolence'],
      ['In class we watched a film about a family where the father hits the mother.', 'witnessingViolence'],
    ],
    warns: [
      [
        'Pigen på 6 siger at mors kæreste i dag prøvede at få hende til at røre ved hans tissemand.',
        'recentAbuse',
      ],
      ["The girl of 6 says mum's boyfriend tried today to get her to touch his willy.", 'sexualAbuse'],
      ['Hun er ked af det og bange for at tage hjem i dag.', 'afraidToGoHome'],
      ['She is sad and afraid to go home today.', 'afraidToGoHome'],
      ['Hun virker bange for at gå hjem i dag.', 'afraidToGoHome'],
      ['Hun sagde: "jeg vil dø, jeg kan ikke mere".', 'suicide'],
      ['Hun siger far slår mor derhjemme, og hun gemmer sig.', 'witnessingViolence'],
      ['She says dad hits mum at home, and she hides.', 'witnessingViolence'],
    ],
  });
});

describe('Round-29 sealed misses as classes (read after retirement), in Danish and English', () => {
  ruleClassCases({
    silent: [
      // A child who calls school a prison speaks of school, not of being locked in at home.
      ['Han sagde "skolen er et fængsel og lærerne er vagter, man bliver låst inde".', 'violence'],
      ['He said "school is a prison and the teachers are guards, you get locked in".', 'violence'],
      // Grazes from a skate park, told in the next sentence.
      [
        'Jonas, 9, har hudafskrabninger og blå mærker på begge knæ. Han var hele weekenden i skaterparken.',
        'unexplainedMarks',
      ],
      [
        'Jonas, 9, has grazes and bruises on both knees. He spent the whole weekend at the skate park.',
        'unexplainedMarks',
      ],
      // Hit by another child in a game, said the other way round.
      [
        'I går i idræt blev Ahmad ramt i munden af en anden drengs albue da de spillede håndbold.',
        'violence',
      ],
      [
        "Yesterday in PE Ahmad was hit in the mouth by another boy's elbow when they played handball.",
        'violence',
      ],
      // "Locks me in" about a stair gate, told in the next sentence.
      ['Han fortalte "mor låser mig inde om natten". Det er en trappelåge øverst på trappen.', 'violence'],
      [
        'He told the class "mum locks me in at night". It is a stair gate at the top of the stairs.',
        'violence',
      ],
    ],
    warns: [
      ['Han siger "far låser mig inde på værelset", og han er 6.', 'violence'],
      ['He says "dad locks me in my room", and he is 6.', 'violence'],
      ['Jonas, 9, har blå mærker på begge knæ og vil ikke sige hvorfor.', 'unexplainedMarks'],
      ['Yesterday Ahmad (11) was hit in the mouth by his dad.', 'violence'],
      ['I går blev Ahmad (11) slået i munden af sin far.', 'violence'],
    ],
  });
});

describe('Round-30 sealed misses as classes (read after retirement), in Danish and English', () => {
  ruleClassCases({
    silent: [
      // A toddler who has just begun to walk, the falls seen by the staff.
      [
        'Oliver i vuggestuen (17 mdr) har mange små blå mærker på skinnebenene. Han begyndte at gå for to uger siden og falder hele tiden, vi ser det selv hver dag.',
        'unexplainedMarks',
      ],
      [
        'Oliver in nursery (17 months) has many small bruises on his shins. He started walking two weeks ago and falls all the time, we see it ourself every day.',
        'unexplainedMarks',
      ],
      // Grooming named as the topic of a staff talk, about two sweethearts of the same age.
      [
        'En kollega spurgte om vi skal holde øje efter det oplæg om grooming på personalemødet, men de er jævnaldrende.',
        'sexualAbuse',
      ],
      [
        'A colleague asked if we should keep an eye after the talk about grooming at the staff meeting, but they are the same age.',
        'sexualAbuse',
      ],
      // School refusal asked about is a support need, not illegal absence.
      ['Mor melder ham syg. Det er ca 7 % fravær. Kan det være begyndende skolevægring?', 'illegalAbsence'],
    ],
    warns: [
      ['Hans tøj er altid beskidt og for lille.', 'neglect'],
      ['His clothes is always dirty and too small.', 'neglect'],
      [
        'Oliver i vuggestuen (17 mdr) har mange små blå mærker på ryggen, og ingen ved hvorfor.',
        'unexplainedMarks',
      ],
      [
        'Oliver in nursery (17 months) has many small bruises on his back, and nobody knows why.',
        'unexplainedMarks',
      ],
      ['Hun sagde at onkel viste hende sin tissemand efter et oplæg om kroppen.', 'adultExposure'],
      ['Eleven har 18 % ulovligt fravær i dette kvartal.', 'illegalAbsence'],
      ['He has been skipping school for weeks.', 'illegalAbsence'],
    ],
  });
});

describe('The writer asking whether to act now is not the night (round-30 retired class)', () => {
  ruleClassCases({
    silent: [
      [
        'Hun er gravid og sover skiftevis hos kæresten og på sofaen hos en veninde. Skal vi gøre noget nu?',
        'noSafePlaceTonight',
      ],
      [
        "She is pregnant and sleeps on and off at her boyfriend's and on a friend's sofa. Should we do something now?",
        'noSafePlaceTonight',
      ],
    ],
    warns: [
      ['Drengen på 14 er smidt ud hjemmefra og har ingen steder at sove i nat.', 'noSafePlaceTonight'],
      ['The boy, 14, has been thrown out of home and has nowhere to sleep tonight.', 'noSafePlaceTonight'],
    ],
  });
});

describe('Round-31 sealed false alarms as classes (read after retirement), in Danish and English', () => {
  ruleClassCases({
    silent: [
      // A mark told right after the child's own head-banging, a known pattern.
      [
        'Han har autisme og slår hovedet ned i gulvet når der er for meget larm. Derfor har han tit et blåt mærke i panden.',
        'unexplainedMarks',
      ],
      [
        'He has autism and bangs his head on the floor when it gets too loud. That is why he often has a bruise on his forehead.',
        'unexplainedMarks',
      ],
      // Killing talk the writer places in a video game; the parents described later are not in it.
      [
        'Han snakker meget om at slå folk ihjel og skyde dem, men det er alt sammen fra Fortnite. Far og mor er søde folk.',
        'immediateDanger',
      ],
      [
        'He talks a lot about killing people and shooting them, but it is all from Fortnite. Mum and dad are lovely people.',
        'immediateDanger',
      ],
      // A pupil's text on a novel the class read describes its violence.
      ['Fatimas tekst beskriver slagene og volden på kostskolen meget indgående.', 'violence'],
      [
        "Fatima's essay describes the beatings and the violence at the boarding school in detail.",
        'violence',
      ],
      // Being hit is the game: dodgeball.
      [
        'Hun sagde "i skolen bliver man slået af de store". Det viste sig at storebror havde fortalt om dødbold, hvor man bliver ramt af bolden.',
        'violence',
      ],
      [
        'She said "at school the big ones hit you". It turned out her big brother had told her about dodgeball, where you get hit by the ball.',
        'violence',
      ],
    ],
    warns: [
      // Someone else knocks the head; a parent named before the game; a text about the pupil's own home.
      ['Han har tit et blåt mærke i panden. Far slog hovedet ind i væggen på ham.', 'unexplainedMarks'],
      ['Far siger han vil skyde mor. Han spiller meget Fortnite.', 'immediateDanger'],
      ["Dad says he'll shoot mum. He plays a lot of Fortnite.", 'immediateDanger'],
      ['Hendes tekst beskriver hvordan far slår hende derhjemme.', 'violence'],
      ['Her essay describes how her dad hits her at home.', 'violence'],
      ['Hun sagde "i skolen bliver man slået af de store".', 'violence'],
    ],
  });
});

describe('Round-32 dev classes, in Danish and English', () => {
  ruleClassCases({
    silent: [
      // A parent whose job is a combat sport, the writer resolving it later.
      [
        "Han fortalte at 'min stedfar slår folk for penge'. Det viser sig at stedfar er professionel kickbokser.",
        'violence',
      ],
      [
        "He told us 'my stepdad hits people for money'. It turned out his stepdad is a professional kickboxer.",
        'violence',
      ],
      // The stranger at pick-up named later as family.
      [
        'Hun blev hentet i SFO af en mand ingen af os kendte. Min kollega stoppede dem. Det var hendes farbror, mor havde skrevet det i Aula.',
        'adultManAttention',
      ],
      [
        'She was picked up at the after-school club by a man none of us knew. My colleague stopped them. It was her uncle, mum had written it on Aula.',
        'adultManAttention',
      ],
      // A film watched in a lesson; a crime story written for Danish class.
      ["Vi så 'Drengene fra Sankt Petri' i historie, og der er en del vold og et drab i den.", 'violence'],
      [
        "We watched 'The Boys from Sankt Petri' in history, and there is some violence and a killing in it.",
        'violence',
      ],
      [
        'En elev har skrevet en novelle i dansk om en dreng der dræber sin stedfar og bliver anholdt.',
        'crimeOrSubstance',
      ],
      [
        'A pupil has written a short story in Danish class about a boy who kills his stepdad and gets arrested.',
        'crimeOrSubstance',
      ],
    ],
    warns: [
      ['Han siger at stedfar er bokser og slår ham når han er sur.', 'violence'],
      ['He says his stepdad is a boxer and hits him when he is angry.', 'violence'],
      // Care left undone: letters with no booking, toothache for weeks, glasses broken for months.
      ['Skoletandlægen har sendt 3 breve og ingen har bestilt tid.', 'refusedMedicalCare'],
      ['The school dentist has sent 3 letters and nobody has booked.', 'refusedMedicalCare'],
      ['Han har haft tandpine i flere uger.', 'refusedMedicalCare'],
      ['He has had toothache for weeks.', 'refusedMedicalCare'],
      ['Hans briller har været i stykker siden foråret.', 'refusedMedicalCare'],
      ['His glasses have been broken since spring.', 'refusedMedicalCare'],
    ],
  });
});

describe('Round-32 dev signs the rules missed and the model caught, in Danish and English', () => {
  ruleClassCases({
    silent: [
      ['Hun farer sammen når hun hører en høj lyd fra vejen.', 'fearOfCarer'],
      ['She flinches when she hears a loud noise from the road.', 'fearOfCarer'],
      ['Hun har fået en ny telefon af sin morfar til fødselsdagen.', 'adultManAttention'],
      ['She got a new phone from her grandad for her birthday.', 'adultManAttention'],
      ['Han skulle være hentet kl 16, far kom kl 16.10.', 'childLeftWithoutCare'],
      ['He should have been picked up at 4, dad came at 4.10.', 'childLeftWithoutCare'],
    ],
    warns: [
      // Flinching when any adult raises the voice or an arm; "so angry it hurts".
      ['Hun farer sammen når en voksen hæver stemmen eller løfter armen.', 'fearOfCarer'],
      ['Hun spurgte mig: "bliver du også så vred at det gør ondt?"', 'fearOfCarer'],
      ['She asked me: "do you also get so angry it hurts?"', 'fearOfCarer'],
      // A secret "between us" for a man's feelings; gifts from a man named by his age.
      ['Hun sagde: "det er en hemmelighed mellem os, ellers bliver han ked af det".', 'secretWithAdult'],
      ['She said: "it is a secret between us, or else he will be sad".', 'secretWithAdult'],
      ['Hun har fået en ny iPhone af en ven af far, en mand på omkring 40.', 'adultManAttention'],
      ['She has got a new iPhone from a friend of her dad, a man of about 40.', 'adultManAttention'],
      // Not collected long past the time, nobody answers, nobody to care for the child tonight.
      ['Liva skulle være hentet kl 16, nu er klokken 17.45.', 'childLeftWithoutCare'],
      ["Liva should have been picked up at 16, it's now 17.45.", 'childLeftWithoutCare'],
      ['Ingen svarer, hverken mor eller mormor.', 'noReachableAdult'],
      ['Nobody answers, neither mum nor grandma.', 'noReachableAdult'],
      ['Jeg ved ikke hvem der kan tage sig af hende i nat.', 'childLeftWithoutCare'],
      ["I don't know who can take care of her tonight.", 'childLeftWithoutCare'],
    ],
  });
});

describe('Round-32 sealed warnings on ordinary concerns, as classes (read after retirement)', () => {
  ruleClassCases({
    silent: [
      // Left out of a group chat or a game is not shut out of home.
      [
        'Nogle piger har lavet en snapgruppe hvor Nora er lukket ude, og hun er ked af det.',
        'noSafePlaceToSleep',
      ],
      ['Hun er lukket ude af legen i frikvarteret.', 'noSafePlaceToSleep'],
      // Throwing the pieces and running out of the room.
      ['Han smider brikkerne og løber ud, når han taber.', 'noSafePlaceToSleep'],
      ['Some girls made a snap group where Nora is shut out, and she is sad.', 'noSafePlaceToSleep'],
      ['He throws the pieces and runs out when he loses.', 'noSafePlaceToSleep'],
    ],
    warns: [
      ['Hun blev lukket ude i nat og sov i opgangen.', 'noSafePlaceToSleep'],
      ['Stedfar smed ham ud i går aftes.', 'noSafePlaceToSleep'],
      ['She was shut out of the flat last night and slept in the stairwell.', 'noSafePlaceToSleep'],
    ],
  });
});

describe('Round-33 dev classes, in Danish and English', () => {
  ruleClassCases({
    silent: [
      // A first time drunk at a party, the parents took it in hand.
      [
        'Han drak sig fuld til en 15-års fødselsdag fredag, de hentede ham kl. 23. Første gang nogensinde, siger far, de har haft en lang snak og han har husarrest.',
        'crimeOrSubstance',
      ],
      [
        'He got drunk at a 15th birthday party on Friday, they picked him up at 11. First time ever, says dad, they had a long talk and he is grounded.',
        'crimeOrSubstance',
      ],
      // Pills the child takes by prescription, no goodbye.
      ['Hun har sine piller med i tasken, fordi hun skal tage dem til frokost.', 'suicideMeansReady'],
      ['She has her pills in her bag because she takes them at lunch.', 'suicideMeansReady'],
    ],
    warns: [
      [
        'Han drak sig fuld igen i weekenden, og han ryger også hash. Det er første gang far har hentet ham.',
        'crimeOrSubstance',
      ],
      // A goodbye with the pills taken along.
      [
        'Hun har skrevet en note hvor der står undskyld til mor og far, og hun har taget pillerne fra mors skab med i tasken.',
        'suicideMeansReady',
      ],
      [
        'She wrote a note saying sorry to mum and dad, and she has taken the pills from her mum’s cupboard in her bag.',
        'suicideMeansReady',
      ],
      // A beating in other words.
      ['Far har sagt at han får en ordentlig omgang når han kommer hjem i dag.', 'adultThreatsBeating'],
      ['Dad said he will get a proper going-over when he gets home today.', 'adultThreatsBeating'],
    ],
  });

  it.each([
    ['Han har bedt om billeder i undertøj, og de har aftalt at mødes kl. 19 i aften ved banegården.'],
    ['Han har bedt om billeder i undertøj, og de har aftalt at mødes ca. kl. 19 i aften ved banegården.'],
  ])('an abbreviation dot ("kl. 19") does not end the sentence: %s', (text) => {
    expect(ruleIds(text)).toContain('groomingMeetingSoon');
  });
});

describe('Round-33 sealed false alarms as classes (read after retirement), in Danish and English', () => {
  ruleClassCases({
    silent: [
      // Short stories written in class after a short film: the plural and the film's kind.
      ['I dansk har 8.x skrevet noveller efter vi så en kortfilm om vold i nattelivet.', 'violence'],
      [
        'In Danish class 8x wrote short stories after we watched a short film about violence in nightlife.',
        'violence',
      ],
    ],
    warns: [['Han fortalte at far tæver ham derhjemme.', 'violence']],
  });
});

describe('Round 34 sealed classes (read after retirement)', () => {
  ruleClassCases({
    silent: [
      ['De legede læge bag legehuset. Ingen af dem har vist anden seksuel adfærd.', 'sexualisedBehaviour'],
      [
        'They played doctors behind the shed. None of them has shown any other sexual behaviour.',
        'sexualisedBehaviour',
      ],
    ],
    warns: [
      ['Pigen på 4 har vist seksuel adfærd over for de andre børn', 'sexualisedBehaviour'],
      ['The girl (4) has shown sexual behaviour towards the other children', 'sexualisedBehaviour'],
    ],
  });
});

describe('Round 34 sealed classes: a child who cannot stand in line (read after retirement)', () => {
  ruleClassCases({
    silent: [
      ['SFO: drengen på 8 stikker af fra de voksne og kan ikke stå i kø', 'carerIntoxicated'],
      ['SFO: the boy (8) runs off from the adults, he cannot stand in line', 'carerIntoxicated'],
    ],
    warns: [
      ['Far kom for at hente og kan næsten ikke stå på benene', 'carerIntoxicated'],
      ['Dad came to collect him and could barely stand, he was so drunk that he fell', 'carerIntoxicated'],
    ],
  });
});

describe('Round 35 dev class: marks on the neck that the teenager calls love bites', () => {
  ruleClassCases({
    silent: [
      [
        'pigen i 8. har mærker på halsen. hun siger grinende at det er sugemærker fra kæresten på samme alder',
        'unexplainedMarks',
      ],
      [
        'the girl in year 8 has marks on her neck. she laughs and says they are love bites from her boyfriend, same age',
        'unexplainedMarks',
      ],
    ],
    warns: [
      [
        'pigen i 8. har sugemærker på halsen og blå mærker på armene, som hun ikke vil forklare',
        'unexplainedMarks',
      ],
      [
        'the girl in year 8 has love bites on her neck and bruises on her arms she will not explain',
        'unexplainedMarks',
      ],
    ],
  });
});

describe('Round 35 sealed class: a finding the nurse reports is not an explanation (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'the 12 year old has a rash and scratches on her arms, the doctor said it is eczema and she has a cream',
        'unexplainedMarks',
      ],
    ],
    warns: [
      [
        'she (15) has lost a lot of weight since summer and fainted in PE today, the school nurse said her pulse was low',
        'faintingNotEating',
      ],
      [
        'hun (15) har tabt sig meget siden sommer og besvimede i idræt i dag, skolesygeplejersken sagde at hendes puls var lav',
        'faintingNotEating',
      ],
    ],
  });
});

describe('Round 35 sealed class: a fall from a bike told for bruised knees (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'pigen (8) har blå mærker på begge knæ og en skramme på hånden. Hun siger hun faldt af sin nye cykel i weekenden',
        'unexplainedMarks',
      ],
      [
        'the girl (8) has bruises on both knees and a scratch on her hand. She says she fell off her new bike at the weekend',
        'unexplainedMarks',
      ],
      [
        'girl 8, have bruise on both knee. She tell she fall from her new bike in weekend',
        'unexplainedMarks',
      ],
    ],
    warns: [
      ['babyen på 6 mdr har et blåt mærke på benet, mor siger han faldt af sofaen', 'unexplainedMarks'],
      ['the baby (6 months) has a bruise on his leg, mum says he fell off the sofa', 'unexplainedMarks'],
    ],
  });
});

describe('Round 35 sealed class: a contact from online who turns out to be a child of the same age (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'pigen på 15 skal mødes med en fyr hun har mødt online i weekenden. det viste sig at det er en dreng på hendes egen alder fra et håndboldhold, og mor har talt med hans mor',
        'groomingMeetingSoon',
      ],
      [
        'the 15 year old is meeting a guy she met online this weekend. turns out it is a boy her age from a handball team, and her mum has talked to his mum',
        'groomingMeetingSoon',
      ],
    ],
    warns: [
      [
        'pigen på 13 skal mødes med en fyr fra snapchat i aften, han siger han er en dreng på hendes egen alder',
        'groomingMeetingSoon',
      ],
      [
        'the 13 year old is meeting a guy from snapchat tonight, he says he is a boy her age',
        'groomingMeetingSoon',
      ],
    ],
  });
});

describe('Round 35 sealed class: "far slog mig" in a game of tag (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        "pigen på 4 råbte 'far slog mig!' – det viste sig de legede fangeleg ved afhentningen, 'du er den', og hun grinede",
        'violence',
      ],
      [
        "the girl (4) shouted 'dad hit me!' - it turned out they were playing tag at pick-up, 'you're it', and she laughed",
        'violence',
      ],
    ],
    warns: [
      ['pigen på 4 siger at far slog hende hårdt da de legede fangeleg, og hun græd', 'violence'],
      ['the girl (4) says dad hit her hard when they were playing tag, and she cried', 'violence'],
    ],
  });
});

describe('Round 35 sealed class: Mongolian spots named sentences after the marks (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'pigen på 8 mdr har store blågrå pletter over lænden og numsen. de var der også i går. mor fortalte at det er mongolske pletter, hun har haft dem fra fødslen',
        'unexplainedMarks',
      ],
      [
        'the girl (8 months) has large blue-grey patches over her lower back and bottom. they were there yesterday too. mum told us they are mongolian spots she has had since birth',
        'unexplainedMarks',
      ],
    ],
    warns: [
      [
        'babyen på 8 mdr har blå mærker på kinderne. mor virkede stresset i dag. hun har mongolske pletter på lænden',
        'infantInjury',
      ],
      [
        'the baby (8 months) has bruises on her cheeks. mum seemed stressed today. she has mongolian spots on her lower back',
        'infantInjury',
      ],
    ],
  });
});

describe("A baby's bruises are not explained by another finding named in the next sentence", () => {
  ruleClassCases({
    silent: [
      [
        'babyen på 8 mdr har et lille blåt mærke på armen. det er fra blodprøven på sygehuset i går',
        'infantInjury',
      ],
      [
        'the baby (8 months) has a small bruise on her arm. it is from the blood test at the hospital yesterday',
        'infantInjury',
      ],
    ],
    warns: [
      ['babyen på 8 mdr har blå mærker på kinderne. hun har også eksem på armene', 'infantInjury'],
      ['the baby (8 months) has bruises on her cheeks. she also has eczema on her arms', 'infantInjury'],
    ],
  });
});

describe('Round 36 dev class: a decision told without its object, beside "no reader" or "no point"', () => {
  ruleClassCases({
    silent: [
      [
        'jeg har allerede bestemt mig for at tage på efterskole, sagde pigen på 14, det er lige meget hvad far siger',
        'suicidalCommunication',
      ],
      [
        "the girl (14) said it doesn't matter what dad says, I've already decided to go to boarding school",
        'suicidalCommunication',
      ],
    ],
    warns: [
      [
        "pige 14, stil om 'et brev til mit fremtidige jeg'. sidste linje: 'men det er lige meget, du kommer aldrig til at læse det her, jeg har allerede bestemt mig'",
        'suicidePlan',
      ],
      [
        "girl 14, essay 'a letter to my future self'. last line: 'but it doesn't matter, you will never read this, I've already made up my mind'",
        'suicidePlan',
      ],
      ['pigen skrev på sit penalhus: det er lige meget, jeg har bestemt mig.', 'suicidalCommunication'],
      ['she wrote on her pencil case: no point, I have decided.', 'suicidalCommunication'],
    ],
  });
});

describe('Round 36 dev class: a short story about a character who takes pills or a father who drinks', () => {
  ruleClassCases({
    silent: [
      [
        'pige i 9. klasse skrev en novelle om en pige som tager mange piller og dør, opgaven var mørke noveller',
        'overdose',
      ],
      [
        'a girl in year 9 wrote a short story about a girl who takes lots of pills and dies, the task was dark stories',
        'overdose',
      ],
      [
        'C (15) har skrevet en novelle om en dreng der stikker af fordi faren har et alkoholproblem',
        'parentalSubstance',
      ],
      [
        'C (15) has written a short story about a boy who runs away because his father has a drinking problem',
        'parentalSubstance',
      ],
    ],
    warns: [
      ['pigen i 9. klasse har taget mange af mors piller i går og er døsig i dag', 'overdose'],
      ["the girl in year 9 took a lot of mum's pills yesterday and is drowsy today", 'overdose'],
      ['C (15) skrev en novelle om en dreng. hans egen far har et alkoholproblem', 'parentalSubstance'],
      ['C (15) wrote a short story about a boy. his own father has a drinking problem', 'parentalSubstance'],
    ],
  });
});

describe('Round 36 dev class: a question about no particular child', () => {
  ruleClassCases({
    silent: [
      [
        'Generelt spørgsmål: hvad gør vi hvis et barn fortæller om vold derhjemme? Har ikke en konkret sag.',
        'violence',
      ],
      [
        'General question: what do we do if a child tells about violence at home? I have no specific child in mind.',
        'violence',
      ],
      [
        'Spørgsmål til personalemødet, ingen konkret sag: hvilke tegn på seksuelle overgreb skal nye kolleger kende?',
        'sexualAbuse',
      ],
      [
        'Quick question, no specific child: what signs of sexual abuse should new staff know about?',
        'sexualAbuse',
      ],
    ],
    warns: [
      ['Generelt spørgsmål: en pige i 3. klasse fortalte i dag at far slår hende. Hvad gør vi?', 'violence'],
      ['General question: a girl in 3rd grade told me today that dad hits her. What do we do?', 'violence'],
      ['Ingen konkret sag, men vores elev sagde at onkel har krænket hende seksuelt', 'sexualAbuse'],
      ['No specific case, but our pupil said her uncle has sexually abused her', 'sexualAbuse'],
    ],
  });
});

describe('Round 36 dev class: warm clothes sent along and refused, not clothing below need', () => {
  ruleClassCases({
    silent: [
      [
        'dreng i 5. klasse kommer i shorts hver dag selv i frost. mor sender bukser og vinterjakke med i tasken og han skifter når han fryser',
        'careBelowNeed',
      ],
      [
        '5th grade boy comes in shorts every day even in frost. mum sends trousers and a winter jacket in his bag and he changes when cold',
        'careBelowNeed',
      ],
    ],
    warns: [
      [
        'dreng i 5. klasse kommer i shorts hver dag selv i frost, ingen jakke og ingen vanter',
        'careBelowNeed',
      ],
      ['5th grade boy comes in shorts every day even in frost, no jacket and no gloves', 'careBelowNeed'],
    ],
  });
});

describe('Round 36 dev class (and round 35 sealed): a small child touching itself at rest', () => {
  ruleClassCases({
    silent: [
      [
        'dreng 3 år rører ved sin tissemand når han ligger og skal sove, han stopper når vi siger det er privat',
        'selfTouching',
      ],
      [
        'boy 3 touches himself when he lies down to sleep, he stops when we say it is private',
        'selfTouching',
      ],
    ],
    warns: [
      [
        'dreng 4 rører ved sin tissemand hele dagen, også i samling og ved frokost, og vil ikke stoppe',
        'selfTouching',
      ],
      ['boy 4 touches himself all day, also in circle time and at lunch, and will not stop', 'selfTouching'],
      ['pige 4 rører ved sin tissekone ved middagsluren og siger at onkel gør sådan', 'selfTouching'],
      ['girl 4 touches herself at nap time and says uncle does it like that', 'selfTouching'],
    ],
  });

  // Settled at rest, the statistical model adds nothing either: the whole classification, with the
  // shipped model, is silent (the model raised notify on both before).
  const withModel = projectClassifierWithModel();
  it.each([
    'pige på 4 ligger og rører ved sig selv under dynen til middagsluren. hun stopper når vi siger hun skal sove',
    'girl of 4 touches herself under the blanket at nap time. she stops when we tell her to sleep',
  ])('no warning at all: %s', (text) => {
    const result = withModel.classify(text);
    expect(result.dutyToNotify).toBe(false);
    expect(result.acute).toBe(false);
  });
});

describe('Round 36 dev class: a notification years ago, the case closed', () => {
  ruleClassCases({
    silent: [
      [
        'Der var en underretning for 3 år siden pga vold mellem forældrene. Far flyttede, og sagen er lukket.',
        'violence',
      ],
      [
        'There was a notification 3 years ago because of violence between the parents. Dad moved out and the case is closed.',
        'violence',
      ],
    ],
    warns: [
      [
        'Der var en underretning for 3 år siden pga vold mellem forældrene. Sagen er lukket, men nu er far flyttet tilbage.',
        'violence',
      ],
      [
        'There was a notification 3 years ago because of violence between the parents. The case is closed, but now dad has moved back in.',
        'violence',
      ],
      ['Der var vold mellem forældrene for 3 år siden, og i weekenden slog far mor igen.', 'violence'],
      [
        'There was violence between the parents 3 years ago, and at the weekend dad hit mum again.',
        'violence',
      ],
    ],
  });
});

describe('Round 36 sealed class: honour-related control in learner English (read after retirement)', () => {
  ruleClassCases({
    silent: [
      ["she is afraid her dad finds out she lost the boy's bike", 'honourControl'],
      ['hun er bange for at far finder ud af at hun har mistet drengens cykel', 'honourControl'],
    ],
    warns: [
      [
        'girl 14, she is not allow to go on lejrskole and her brother wait outside school every day',
        'honourControl',
      ],
      [
        'pige 14, hun må ikke komme med på lejrskole og hendes bror venter uden for skolen hver dag',
        'honourControl',
      ],
      ['she is afraid what happen if her father find out she talk with a boy', 'honourControl'],
      [
        'hun er bange for hvad der sker hvis hendes far finder ud af hun snakker med en dreng',
        'honourControl',
      ],
    ],
  });
});

describe('Round 36 sealed class: a baby scratching her own face with her nails (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'baby 6 mdr har små skrammer på kinden, hun kradser sig selv med neglene, jeg har set det',
        'infantInjury',
      ],
      [
        'baby of 6 months has small scratches on her cheek, she scratches herself with her nails, I have seen it',
        'infantInjury',
      ],
    ],
    warns: [
      ['baby 6 mdr har blå mærker på kinden, mor siger hun kradser sig selv med neglene', 'infantInjury'],
      [
        'baby of 6 months has bruises on her cheek, mum says she scratches herself with her nails',
        'infantInjury',
      ],
    ],
  });
});

describe('Round 36 sealed class: a parent asleep after newborn twins, another adult caring (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'Mor sover hele tiden, siger drengen (4). Mor har fået tvillinger for 3 uger siden og far har orlov',
        'noReachableAdult',
      ],
      [
        'Mum sleeps all the time, says the boy (4). Mum just had twins 3 weeks ago and dad is on paternity leave',
        'noReachableAdult',
      ],
    ],
    warns: [
      ['Mor sover hele tiden, siger drengen (4), og ingen henter ham til tiden', 'noReachableAdult'],
      ['Mum is sleeping and the baby is crying, says the boy (4)', 'noReachableAdult'],
    ],
  });
});

describe('Round 36 sealed class: a black eye from an elbow in a match, told in the next sentence (read after retirement)', () => {
  ruleClassCases({
    silent: [
      [
        'Boy in 6th grade came in with a black eye. He told us about the handball match where he took an elbow.',
        'unexplainedMarks',
      ],
      [
        'Drengen i 6. klasse kom med et blåt øje. Han fortalte om håndboldkampen hvor han fik en albue.',
        'unexplainedMarks',
      ],
    ],
    warns: [
      ['Boy in 6th grade came in with a black eye. He will not say what happened.', 'unexplainedMarks'],
      ['Drengen i 6. klasse kom med et blåt øje. Han vil ikke sige hvad der skete.', 'unexplainedMarks'],
    ],
  });
});

describe('Kept from a school trip as a sanction for what the child did, not control by the family', () => {
  ruleClassCases({
    silent: [
      [
        'drengen må ikke komme med på lejrskole fordi han har slået en klassekammerat, det har skolen besluttet',
        'honourControl',
      ],
      [
        'the boy is not allowed to go on the school trip because he has been fighting, the parents agree with the school',
        'honourControl',
      ],
    ],
    warns: [
      [
        'hun må ikke komme med på lejrskole fordi hendes bror siger det er en skam for familien',
        'honourControl',
      ],
      [
        'she is not allowed to go on the school trip because her brothers say it is shameful for the family',
        'honourControl',
      ],
    ],
  });
});

describe('Round 37 dev classes: a goodbye note, pinned to the wall, home made conditional, stripes on the neck', () => {
  ruleClassCases({
    silent: [
      [
        'undskyld til alle for støjen i går, jeg har en plan for hvordan vi rydder op i aften',
        'suicidalCommunication',
      ],
      [
        'sorry everyone for the noise yesterday, I have a plan for tidying up tonight',
        'suicidalCommunication',
      ],
      ['vi holdt plakaten op ad væggen og hængte den op', 'violence'],
      ['we held the poster up against the wall and pinned it there', 'violence'],
      ['hvis han hører om festen så går jeg ikke med til den', 'afraidToGoHome'],
    ],
    warns: [
      [
        'en pige på 14 gav mig en lap papir: undskyld til jer alle, det er ikke jeres skyld, jeg har en plan',
        'suicidalCommunication',
      ],
      [
        "a girl of 14 handed me a scrap of paper: sorry to all of you, it's not your fault, I have a plan",
        'suicidalCommunication',
      ],
      ['drengen på 12 siger at stedfar pressede ham op mod døren i weekenden', 'violence'],
      ['the 12 year old says his stepdad pressed him up against the door at the weekend', 'violence'],
      ['pigen på 10 siger: hvis mor finder ud af det, så tør jeg ikke gå hjem', 'afraidToGoHome'],
      ['hun siger: hvis far får det at vide så tager jeg ikke hjem', 'afraidToGoHome'],
      ["she says: if dad finds out I'm not going home", 'afraidToGoHome'],
      ['dreng på 11 med røde streger på begge sider af halsen', 'neckPressure'],
      ['a boy of 11 with red stripes on both sides of his neck', 'neckPressure'],
    ],
  });
});

describe('Round 37 dev classes the rules did not know (only the statistical model caught them)', () => {
  ruleClassCases({
    silent: [
      ['vi sendte ham et gavekort fra klassen, han blev glad', 'onlineGrooming'],
      [
        'mor har været indlagt på sygehuset med et brækket ben, mormor laver mad og henter lillebror',
        'carerAbsentNoOtherAdult',
      ],
      [
        'pigen på 7 fortalte i dag om dengang far kastede med en tallerken og mor blødte fra armen',
        'recentAbuse',
      ],
      [
        'she told me today about a long time ago when dad threw a plate and mum was bleeding from her arm',
        'recentAbuse',
      ],
      ['han har fået nye sko og en telefon i fødselsdagsgave af mor og far', 'exploitationSigns'],
    ],
    warns: [
      ['drengen på 8 fortalte at far slog i bordet og mor blødte fra næsen bagefter', 'witnessingViolence'],
      [
        'the 8 year old said dad hit the table and mum was bleeding from her nose afterwards',
        'witnessingViolence',
      ],
      [
        'mum says her partner shoves her around when he has been drinking, the children see it',
        'witnessingViolence',
      ],
      [
        'mor siger at kæresten skubber rundt med hende når han har drukket, børnene ser det',
        'witnessingViolence',
      ],
      [
        'en profil vil sende dem til hele hendes familie og alle hendes venner hvis hun ikke betaler',
        'onlineGrooming',
      ],
      ['the account will send them to all her friends and family if she does not pay', 'onlineGrooming'],
      ['en mand fra et spil har sendt ham penge og beder om billeder', 'onlineGrooming'],
      ['efter prøven sagde han: hvis den dumper, så gider jeg ikke mere', 'suicidalCommunication'],
      ["after the test he said: if I fail I can't go on anymore", 'suicidalCommunication'],
      ['far siger at de har det bedre uden ham, han ligger i sengen hele dagen', 'suicidalCommunication'],
      [
        'dad says that they would be better off without him, he stays in bed all day',
        'suicidalCommunication',
      ],
      [
        'pigen på 15 har været meldt savnet to gange og kom hjem med en ny telefon som forældrene ikke har købt',
        'exploitationSigns',
      ],
      [
        'the 15 year old has been reported missing twice and came back with a new phone that her parents did not buy',
        'exploitationSigns',
      ],
      ['14-årig hænger ud med nogle 19-årige og har fået ny telefon og mange kontanter', 'exploitationSigns'],
      [
        'the 14 year old hangs out with some 19 year olds and has a new phone and lots of cash',
        'exploitationSigns',
      ],
      ['drengen på 15 sover på forskellige kammeraters sofaer, han vil ikke hjem', 'noSafePlaceToSleep'],
      ["the 15 year old is sleeping on different friends' sofas, he won't go home", 'noSafePlaceToSleep'],
      ['pigen på 2 skulle hentes kl 16, ingen svar paa tlf, og klokken er 18.30 nu', 'childLeftWithoutCare'],
      [
        'the 2 year old was supposed to be picked up at 4, no answer, it is now 18:30',
        'childLeftWithoutCare',
      ],
      [
        'mor er indlagt på psyk, og drengen på 10 laver mad og henter sin lillesøster hver dag',
        'carerAbsentNoOtherAdult',
      ],
      [
        'mum is on the psych ward and the 10 year old cooks and collects his little sister every day',
        'carerAbsentNoOtherAdult',
      ],
    ],
  });
});

describe('Round 37: a story told each time a mark appears is doubted', () => {
  it.each([
    'Pige på 9 har blå mærker på overarmene igen. Hver gang siger hun at hun er faldet på cyklen.',
    'Girl, 9, has bruises on her upper arms again. Every time she says she fell off her bike.',
  ])('%s', (text) => {
    expect(ruleIds(text)).toContain('unexplainedMarks');
  });
});

describe('Round 37: an intoxicated carer told with "he/she" after the adult is named, and on the way to the car', () => {
  ruleClassCases({
    silent: [
      [
        'The boy (15) came in late. He smells of alcohol after a party, says he slept at a friend',
        'carerIntoxicated',
      ],
      ['Mor hentede kl 16. Hun lugtede af parfume og var i godt humør', 'carerIntoxicated'],
    ],
    warns: [
      [
        'Mum came to collect the twins. She smells strongly of alcohol and nearly fell in the hall',
        'carerIntoxicated',
      ],
      ['Mor kom for at hente. Hun ku knap staa paa benene og lugtede af sprut', 'carerIntoxicated'],
      ['The dad arrived at pick-up. He is slurring and staggering, and smells of beer', 'carerIntoxicated'],
      [
        'Far kom for at hente. Han snøvler og lugter af sprut og vil have hende med ud i bilen nu',
        'intoxicatedCarerDriving',
      ],
      [
        'Dad came to collect her. He smells of alcohol and slurs, and he is putting her in the car to drive home',
        'intoxicatedCarerDriving',
      ],
    ],
  });
});

describe('Round 37 sealed classes (read after the one scoring): steps, birthmarks described, the jacket idiom, roles in quotes', () => {
  ruleClassCases({
    silent: [
      ['Drengen på 11 mdr har lige taget sine første skridt ved sofaen', 'sexualAbuse'],
      [
        'Baby of 3 weeks with two blue-grey flat patches on the lower back, noted at the birth examination',
        'patternedMarks',
      ],
      [
        'Pige på 3 uger med blågrå flade pletter på numsen, skrevet i udskrivningspapirerne fra sygehuset',
        'patternedMarks',
      ],
      ["pigen på 8 græd fordi hun havde tabt sin madpakke og sagde 'min far slår mig ihjel'", 'violence'],
      [
        "the girl of 8 cried because she had lost her lunch box and said 'dad is going to kill me'",
        'violence',
      ],
    ],
    warns: [
      ['hun siger onklen rørte hende i skridtet', 'sexualAbuse'],
      ['pige på 4 leger hver dag at "far" slår "mor" og siger det er sådan derhjemme', 'witnessingViolence'],
      [
        'girl of 4 plays every day that "daddy" hits "mummy" and says that is how it is at home',
        'witnessingViolence',
      ],
    ],
  });
});

describe('Round 38 dev classes: a marriage decided for the child, and set for the coming days', () => {
  ruleClassCases({
    silent: [
      [
        'Hendes storesøster på 26 skal giftes med sin kæreste i påsken, hele familien glæder sig til festen',
        'forcedTravelSoon',
      ],
      [
        'In social studies the class discussed forced marriage and made posters for the corridor',
        'honourRelated',
      ],
      ['I samfundsfag har 8.b haft om tvangsægteskab, og de laver oplæg til fredag', 'honourRelated'],
    ],
    warns: [
      [
        'Pigen i 9. siger at far har lovet hende væk til en mand i hjemlandet, brylluppet er i næste uge',
        'forcedTravelSoon',
      ],
      [
        'The girl in Year 9 says her dad has promised her to a man back home and the wedding is next week',
        'forcedTravelSoon',
      ],
      ['Hun skal forloves med en hun aldrig har mødt, familien holder fest på lørdag', 'forcedTravelSoon'],
      ['Her uncle arranged an engagement for her, a man she has never seen', 'honourControl'],
      [
        'Pigen på 15 siger hun skal tvangsgiftes, vi har haft om det i samfundsfag og nu tør hun sige det',
        'honourRelated',
      ],
    ],
  });
});

describe('Round 38 dev classes: psychosis told by its symptoms beside a baby, or the parent gone with the child', () => {
  ruleClassCases({
    silent: [
      [
        'Mor til en pige på 5 mdr er i fast behandling for bipolar lidelse, har det godt og far er hjemme',
        'psychoticCarerWithInfant',
      ],
      [
        'The mum of a 4 month old has had schizophrenia for years and is stable on her medication',
        'psychoticCarerWithInfant',
      ],
    ],
    warns: [
      [
        'Mor til en dreng på 7 uger siger at stemmerne har sagt at han skal renses',
        'psychoticCarerWithInfant',
      ],
      [
        'The mother of a 7 week old says the voices have told her he must be cleansed',
        'psychoticCarerWithInfant',
      ],
      ['Far til pigen på 10 mdr siger at de lytter med gennem lamperne i stuen', 'psychoticCarerWithInfant'],
      [
        'The father of the 10 month old girl says the radio is sending him messages about her',
        'psychoticCarerWithInfant',
      ],
      [
        'Mor sagde at naboerne spionerer på os gennem væggen, og så er hun gået hjem med ham',
        'psychoticCarerTakingChild',
      ],
      [
        'Mum said the neighbours are spying on us through the wall, and then she left with him',
        'psychoticCarerTakingChild',
      ],
    ],
  });
});

describe('Round 38 dev classes: a threat to a life, told as written or said', () => {
  ruleClassCases({
    silent: [
      ['jeg er død hvis min mor ser den karakter', 'deathThreat'],
      ["I'm dead if my mum sees that grade", 'deathThreat'],
      ['hun siger hun ikke overlever en uge uden sin telefon på lejrskolen', 'deathThreat'],
    ],
    warns: [
      [
        'Fætteren har skrevet til ham at han ikke overlever weekenden hvis han viser sig i byen',
        'deathThreat',
      ],
      [
        'His cousin texted him that he will not live to see the weekend if he shows up in town',
        'deathThreat',
      ],
      ['Onklen sagde til hende at så er hun død, hvis hun ses med den dreng igen', 'deathThreat'],
      ["Her uncle told her she's dead if she is seen with that boy again", 'deathThreat'],
    ],
  });
});

describe('Round 38 dev classes: explanations in other word forms (medicine started, growth curve followed)', () => {
  ruleClassCases({
    silent: [
      [
        'Dreng 9 år begyndte på ADHD-medicin for en måned siden, spiser næsten ingen frokost, lægen vejer ham hver uge og har sat dosis ned',
        'eatingDisorder',
      ],
      [
        'Pige 12, lav vægt, kollega bekymret for spiseforstyrrelse. Hun følger sin kurve fra fødslen, begge forældre er spinkle, intet vægttab',
        'eatingDisorder',
      ],
      [
        'Girl 12, low weight, a colleague worries about an eating disorder. She follows her own growth curve since birth, both parents are slim, no weight loss',
        'eatingDisorder',
      ],
    ],
    warns: [
      [
        'Pige 12 følger sin kurve, men har tabt 4 kg siden sommer og springer måltider over',
        'eatingDisorder',
      ],
      [
        'Pige 14 begyndte på p-piller i foråret, har tabt 6 kg og spiser kun et æble om dagen',
        'eatingDisorder',
      ],
    ],
  });
});

describe('Round 38 dev classes: insulin left out and the body failing', () => {
  ruleClassCases({
    silent: [
      [
        'Dreng med diabetes blev svimmel til fodbold, fik en juice og var frisk igen, han tager sin insulin',
        'diabeticEmergency',
      ],
      [
        'A boy with diabetes threw up today, he has the stomach bug half the class has, his levels are fine',
        'diabeticEmergency',
      ],
    ],
    warns: [
      [
        'Pige 14 med type 1 diabetes kaster op og har ketoner, hun har ikke taget insulin siden fredag',
        'diabeticEmergency',
      ],
      [
        'Girl 14 with type 1 diabetes is vomiting with ketones, she has not taken insulin since Friday',
        'diabeticEmergency',
      ],
      [
        'Drengen har sprunget insulinen over hele ugen og er nu sløv og trækker vejret dybt',
        'diabeticEmergency',
      ],
      [
        'The boy has skipped his insulin all week and is now drowsy and breathing deeply',
        'diabeticEmergency',
      ],
    ],
  });
});

describe('Round 38 rules-only classes: abuse told without the act, and the threat that waits at home', () => {
  ruleClassCases({
    silent: [
      [
        'pigen på 5 sagde ikke røre der til den anden pige i puderummet, de legede doktor og grinede',
        'sexualAbuseDisclosure',
      ],
      [
        'Drengen sagde "vent bare til du kommer hjem" til sin lillebror da de legede far, mor og børn',
        'adultThreatsBeating',
      ],
      ['Jeg skal ikke hjem i dag, jeg skal sove hos mormor', 'afraidToGoHome'],
    ],
    warns: [
      ['Pigen på 14 fortalte at han til festen gjorde ting hun sagde nej til', 'sexualAbuseDisclosure'],
      ['The girl of 14 said that at the party he did stuff she said no to', 'sexualAbuseDisclosure'],
      ['pigen 9 sige onkel rørte hende på det private sted i nat', 'sexualAbuseDisclosure'],
      ['girl 9 say her uncle touch her in private place last night', 'sexualAbuseDisclosure'],
      ['drengen på 5 sagde: ikke røre der, det gør ondt, naboen gjorde det i går', 'sexualAbuseDisclosure'],
      [
        "the boy of 5 said: don't touch there, it hurts, the neighbour did it yesterday",
        'sexualAbuseDisclosure',
      ],
      ['Stedfar har skrevet til ham "vent bare til du kommer hjem i aften"', 'adultThreatsBeating'],
      ['His stepdad texted him "just wait till you get home tonight"', 'adultThreatsBeating'],
      ['Mor sagde i morges at han skulle få den når han kom hjem', 'adultThreatsBeating'],
      ["Mum's boyfriend told her that when she comes home she'll get it", 'adultThreatsBeating'],
      ['Pige 10: "Far slå mig med bæltet. Jeg ikke hjem i dag"', 'afraidToGoHome'],
      ['Girl 10: "Dad hit me with belt. I not go home today"', 'afraidToGoHome'],
    ],
  });
});

describe('Round 38 rules-only classes: a goodbye, a last time or a plan beside the wish not to live', () => {
  ruleClassCases({
    silent: [
      [
        'eleven skrev "farvel og tak for alt, jeg starter på efterskole efter nytår" i klassechatten',
        'suicidePlan',
      ],
      [
        'the pupil wrote "goodbye everyone, I am moving to Aarhus after Christmas" in the class chat',
        'suicidePlan',
      ],
    ],
    warns: [
      ['Pigen skrev "farvel, jeg gider ikke mere" på snap og er gået fra skolen', 'suicidePlan'],
      ['The girl wrote "goodbye, I can\'t do this anymore" on snap and has left school', 'suicidePlan'],
      ['han skrev i nat "i morgen er jeg her ikk mer, har skrevet brevene"', 'suicidePlan'],
      ['he wrote last night "tomorrow I won\'t be here anymore, I have written the letters"', 'suicidePlan'],
      ['hun har skrevet "jeg orker ikke mere, det var min sidste træning" og hun svarer ikke', 'suicidePlan'],
      [
        'she wrote "I can\'t take it anymore, that was my last training" and she is not answering',
        'suicidePlan',
      ],
    ],
  });
});

describe('Round 38 rules-only classes: a baby who does not crawl, with a limb that hangs or swells', () => {
  ruleClassCases({
    silent: [
      ['Baby 5 mdr har blågrå pletter på lænden, noteret ved fødslen', 'infantBruiseHighRisk'],
      ['Pigen på 11 mdr kravler ikke endnu, hun sidder fint og pludrer meget', 'severeInfantInjury'],
    ],
    warns: [
      [
        'Pige 10 mdr, kravler ikke, kom med hævet overarm og græder når vi løfter hende op under armene',
        'severeInfantInjury',
      ],
      [
        'Girl 10 months, not crawling, came in with a swollen upper arm and cries when we lift her',
        'severeInfantInjury',
      ],
      [
        'Drengen på 9 mdr (kravler ikke endnu) faldt ned fra puslebordet og armen hænger siden',
        'severeInfantInjury',
      ],
      [
        'The 9 month old (not crawling yet) fell off the changing table and his arm is hanging since',
        'severeInfantInjury',
      ],
      [
        'Baby 6 uger med blålige pletter på brystkassen, far siger storebror har klemt ham',
        'infantBruiseHighRisk',
      ],
      [
        'Baby of 6 weeks with bluish spots on the chest, dad says big brother squeezed him',
        'infantBruiseHighRisk',
      ],
    ],
  });
});

describe('Round 38 rules-only classes: a carer out of it at pick-up, told by the signs of drugs, and one who does not stir', () => {
  ruleClassCases({
    silent: [
      [
        'Far var træt ved hentning efter nattevagt, men frisk nok til at snakke om weekenden',
        'carerIntoxicated',
      ],
      [
        'Dad was tired at pick-up after a night shift but chatted happily about the weekend',
        'carerIntoxicated',
      ],
      [
        'Mor sov i bilen mens hun ventede på at vi åbnede, hun vågnede da jeg bankede på ruden',
        'carerUnresponsive',
      ],
    ],
    warns: [
      [
        'Far kom for at hente, han har knappenålsstore pupiller og falder i søvn midt i en sætning',
        'carerIntoxicated',
      ],
      ['Ved hentning sad mor og nikkede væk på bænken', 'carerIntoxicated'],
      [
        'Mor kom for at hente, hun snøvlede og lugtede af sprut og kunne ikke spænde ham fast i klapvognen',
        'intoxicatedCarerWithYoungChild',
      ],
      [
        'Far vil cykle hjem med hende i cykelstolen, han snøvler og lugter af sprut',
        'intoxicatedCarerWithYoungChild',
      ],
      [
        'Mor kunne ikke stå ved afleveringen og snøvlede, og ingen andre kan hente i dag',
        'intoxicatedCarerWithYoungChild',
      ],
      [
        'Mum could not stand at drop-off and slurred, and no one else can collect him today',
        'intoxicatedCarerWithYoungChild',
      ],
      ['Mor sidder i bilen, jeg har banket og råbt og hun rør sig ikke', 'carerUnresponsive'],
      ["Mum is sitting in the car, I have knocked and shouted and she's not moving", 'carerUnresponsive'],
    ],
  });
});

describe('Round 38 rules-only classes: a parent gone for days or the night, and the children alone', () => {
  ruleClassCases({
    silent: [
      [
        'Mor er på weekend i London med veninderne, far passer børnene og alt kører som det plejer',
        'childrenLeftWithoutCarer',
      ],
      [
        'Mum is away in London for the weekend, dad looks after the kids and all is as usual',
        'childrenLeftWithoutCarer',
      ],
    ],
    warns: [
      [
        'Drengen på 12 siger far er rejst til Polen siden mandag, og han passer sin lillesøster på 3 alene',
        'childrenLeftWithoutCarer',
      ],
      [
        'The boy of 12 says dad went to Poland on Monday and he has been looking after his sister of 3 alone since',
        'childrenLeftWithoutCarer',
      ],
      [
        'Mor er indlagt og far er ikke i billedet, naboen siger hun ikke kan have hende i aften',
        'childrenLeftWithoutCarer',
      ],
      [
        "Mum is in hospital and dad is not in the picture, the neighbour says she can't have her tonight",
        'childrenLeftWithoutCarer',
      ],
    ],
  });
});

describe("Round 38 sealed classes (read after the one scoring): genital cutting in a child's words, a house burnt with the family inside, a condition that does not give the marks", () => {
  ruleClassCases({
    silent: [
      [
        'Pigen på 5 skal til frisør i morgen og blive klippet som en stor pige, og så er der fest',
        'honourRelated',
      ],
      [
        'The girl of 5 is getting her hair cut like a big girl tomorrow, and then there is a party',
        'honourRelated',
      ],
      ['Pigen (4) har eksem i knæhaserne og på overarmene, lægen følger det', 'unexplainedMarks'],
    ],
    warns: [
      [
        'Pigen på 6 siger hun skal til farmor og blive skåret dernede som sin kusine, og så er der fest',
        'honourRelated',
      ],
      [
        'The girl of 6 says she will go to grandma and get cut down there like her cousin, and then there is a party',
        'honourRelated',
      ],
      [
        'Drengen sagde at onklen har sagt at de brænder huset af med dem indeni hvis mor går til politiet',
        'deathThreat',
      ],
      [
        'The boy said his uncle has said they will burn the house down with them inside if mum goes to the police',
        'deathThreat',
      ],
      [
        'Pige 3 med eksem har runde blå mærker på overarmene. Mor siger det er eksemen, men min kollega har aldrig set eksem give blå mærker',
        'unexplainedMarks',
      ],
      [
        'Girl 3 with eczema has round bruises on her upper arms. Mum says it is the eczema, but my colleague has never seen eczema cause bruises',
        'unexplainedMarks',
      ],
    ],
  });
});

describe('Round 38 dev class: appointments missed as a count, and the aids a child needs kept at home', () => {
  ruleClassCases({
    silent: [
      [
        'Dreng 8 med høreapparater glemte dem i dag, mor kommer med dem i frokostpausen',
        'refusedMedicalCare',
      ],
    ],
    warns: [
      ['Pige 7 med høretab: 3 udeblivelser fra audiologisk, og sproget går tilbage', 'refusedMedicalCare'],
      [
        'Dreng 9: forældrene lader høreapparaterne ligge hjemme, og han mister kontakten med klassen',
        'refusedMedicalCare',
      ],
      [
        'Boy 9: the parents leave his hearing aids at home, and he is losing contact with the class',
        'refusedMedicalCare',
      ],
    ],
  });
});

describe('Round 39 dev classes: out at night after night, and the parents do not know where', () => {
  ruleClassCases({
    silent: [
      [
        'Drengen på 13 er ude til kl 21 med spejderne, og forældrene ved godt hvor han er',
        'unsupervisedNights',
      ],
      [
        'The 13 year old is out late at the football club on Fridays, his dad picks him up',
        'unsupervisedNights',
      ],
    ],
    warns: [
      ['dreng 13 år er ude hver nat til kl 3, forældrene ved ikke hvor han er', 'unsupervisedNights'],
      ['boy 13 out every night til 3am, parents dont know where he is', 'unsupervisedNights'],
      ['pigen på 12 er ude til langt ud på natten og mor aner ikke hvor hun er', 'unsupervisedNights'],
    ],
  });
});

describe('Round 39 dev classes: formula made up too thin, and the weight curve flattened or crossed down', () => {
  ruleClassCases({
    silent: [
      ['Datter 3 mdr, vægten er steget fra 10 til 40 percentil efter hun fik flaske', 'infantNotThriving'],
      ['Baby 4 months, formula made up as the health visitor showed, gaining well', 'infantNotThriving'],
    ],
    warns: [
      [
        'Datter 3 mdr. Trods vejledning blandes erstatningen stadig for tyndt, så holder dåsen længere',
        'infantNotThriving',
      ],
      ['Søn 2 mdr, vægten er fladet ud, fra 50 til 15 percentil', 'infantNotThriving'],
      ['Baby 3 months, mum makes the formula too thin so it lasts longer', 'infantNotThriving'],
      ['Baby 3 months, weight has dropped from the 50th to the 9th centile', 'infantNotThriving'],
      [
        'Mor til tvillinger på 6 uger lader dem ligge i 5-6 timer uden mad, fordi hun ikke kan rejse sig',
        'infantNotThriving',
      ],
      [
        "Mum of 6 week old twins leaves them for 5-6 hours without milk because she can't get up",
        'infantNotThriving',
      ],
    ],
  });
});

describe('Round 39 dev classes: what the child went on to say, or meant, explains the hitting', () => {
  ruleClassCases({
    silent: [
      [
        "0. klasse dreng sagde i dag 'min far slår altid min mor' og jeg blev forskrækket, men så fortsatte han 'i uno og i ludo, hun bliver sur og griner'",
        'witnessingViolence',
      ],
      [
        "boy 9 said 'my dad hits really hard, he hit it over the fence'. I was scared first but he meant the ball, dad plays baseball",
        'violence',
      ],
    ],
    warns: [
      ["drengen sagde 'min far slår altid min mor' og så græd han", 'witnessingViolence'],
      ["boy 9 said 'my dad hits really hard' and he would not say more", 'violence'],
    ],
  });
});

describe('Round 39 dev classes: someone else asked whether it happened', () => {
  ruleClassCases({
    silent: [
      [
        'Han faldt på skaterampen i klubben, jeg var der selv. Andre børn spørger om han er blevet slået, men nej',
        'violence',
      ],
      ['Other kids asked if he had been hit, but he fell off his bike on Tuesday, I saw it', 'violence'],
    ],
    warns: [
      ['Han fortæller at han er blevet slået af sin storebror derhjemme', 'violence'],
      [
        'En kollega spurgte om han var blevet slået, og han sagde ja, far slog ham i går med en bøjle',
        'violence',
      ],
    ],
  });
});

describe('Round 39 dev classes: pictures in swimwear sent to an older online friend, and gifts from a man met online', () => {
  ruleClassCases({
    silent: [
      ['Pigen på 14 har sendt sin veninde billeder i bikini fra ferien på Mallorca', 'onlineGrooming'],
      ['Got 800kr from a stranger on MobilePay - he sold his bike, dad was there', 'onlineGrooming'],
    ],
    warns: [
      [
        "11 årig pige har en ven fra fortnite der er 'ret gammel', og hun har sendt ham billeder i bikini fordi han bad om det. Det er deres hemmelighed",
        'onlineGrooming',
      ],
      [
        'The 11 year old has a friend from Fortnite who is quite old, and she sent him pictures in her bikini because he asked. It is their secret',
        'onlineGrooming',
      ],
      [
        "15 yo girl has been getting MobilePay transfers from a guy she 'met on Snap', and he sent her AirPods",
        'onlineGrooming',
      ],
      [
        'Pigen på 15 får penge fra en fyr hun har mødt på Snapchat, og han har givet hende en iPhone',
        'onlineGrooming',
      ],
    ],
  });
});

describe('Round 39 dev classes: no memory after a drink, then woke undressed', () => {
  ruleClassCases({
    silent: [
      ['Hun kan ikke huske hvad hun drak til festen, men hun tog hjem med sin veninde kl 23', 'sexualAbuse'],
      ["She woke up late and doesn't remember her homework", 'sexualAbuse'],
    ],
    warns: [
      [
        'Hun fik en drink af en ældre fyr og husker ikke noget fra kl 23 til hun vågnede i et fremmed værelse uden bukser på',
        'sexualAbuse',
      ],
      [
        "She got a drink from an older guy and doesn't remember anything until she woke up in a strange room without her trousers",
        'sexualAbuse',
      ],
      [
        'Pigen på 16 var til fest i forgårs, husker ikke noget og vågnede nøgen hos en hun ikke kender',
        'recentAbuse',
      ],
    ],
  });
});

describe('Round 39 dev classes: dead rather than exposed, and the means known', () => {
  ruleClassCases({
    silent: [
      ['He knows how to swim now and is proud of it', 'suicidePlan'],
      ["I'd rather be dead than do this maths test lol", 'suicidalCommunication'],
    ],
    warns: [
      ["He said he'd rather be dead than have his mum see the pictures", 'suicidalCommunication'],
      ['Han siger han hellere vil være død end at hans mor ser billederne', 'suicidalCommunication'],
      ["He said he'd rather be dead than have his mum see them, and that he 'knows how'", 'suicidePlan'],
      [
        'Hun siger hun hellere vil være død end at nogen ser billederne, og at hun godt ved hvordan',
        'suicidePlan',
      ],
    ],
  });
});

describe('Round 39 dev classes: a child alone with a baby, and no adult answers', () => {
  ruleClassCases({
    silent: [
      ['pigen på 11 er alene med sine små søskende hele natten, når mor er ude', 'childrenLeftWithoutCarer'],
      [
        'Storesøster på 15 er alene med lillebror en time efter skole, mor kommer hjem kl 16',
        'childrenLeftWithoutCarer',
      ],
    ],
    warns: [
      [
        'Storesøster på 11 var alene med tvillingerne (5 mdr). Jeg har ringet til mor 4 gange, ingen svar',
        'childrenLeftWithoutCarer',
      ],
      [
        'The 11 year old sister was alone with the twins (5 months). I have called mum 4 times, no answer',
        'childrenLeftWithoutCarer',
      ],
    ],
  });
});

describe('Round 39 dev classes: not the first time, or the child looks away, and the story explains nothing', () => {
  ruleClassCases({
    silent: [['Boy 8 has a bruise on his knee, he fell off his bike, I saw it happen', 'unexplainedMarks']],
    warns: [
      [
        "boy 8 years have bruises on both upper arms, like 4 small round marks. he say he fall from his bike. he look away and say 'I dont remember'",
        'unexplainedMarks',
      ],
      [
        'Drengen på 8 har blå mærker på begge overarme. Han siger han faldt på cyklen. Det er ikke første gang, i september sagde han trampolin',
        'unexplainedMarks',
      ],
    ],
  });
});

describe('Round 39 dev classes: an injury word the writer negates directly', () => {
  ruleClassCases({
    silent: [
      ['dagplejer: ny dreng 10 mdr. Ikke hævet, ikke øm', 'infantInjury'],
      ['baby 10 months. not swollen, not tender', 'infantInjury'],
    ],
    warns: [
      ['dreng 10 mdr, armen er hævet og han græder', 'infantInjury'],
      ['baby 10 months, swollen arm and crying', 'infantInjury'],
    ],
  });
});

describe('Round 39 classes the rules missed: pills saved or counted, and a time or a deadline set', () => {
  ruleClassCases({
    silent: [
      ['Hun hjælper mormor med at tælle pillerne til dosisæsken hver søndag', 'suicidePlan'],
      ['She saved up her pocket money for a new bike and counted it every night', 'suicidePlan'],
    ],
    warns: [
      ["She has counted her mum's sleeping pills and says she will take all of them tonight", 'suicidePlan'],
      ['Hun har talt sin mors sovepiller og siger hun vil tage dem alle i aften', 'suicidePlan'],
      ['ive saved up enough of my mums pills, tonight im done', 'suicidePlan'],
      ['jeg har sparet op af mors piller, i aften er jeg færdig', 'suicidePlan'],
      ['jeg orker ikke mere. jeg har fundet ud af hvordan, det sker i weekenden', 'suicidePlan'],
      ["I don't want to live anymore. I have figured out how, it will happen this weekend", 'suicidePlan'],
    ],
  });
});

describe("Round 39 classes the rules missed: the verb first in Danish, and a blackmailer's deadline tonight", () => {
  ruleClassCases({
    silent: [['Han sagde at så slår han sin bror i skak igen i aften', 'suicidalCommunication']],
    warns: [
      ["han sagde 'så slår jeg mig selv ihjel'", 'suicidalCommunication'],
      [
        "han har sendt et billede af sig selv til en 'pige' på insta, nu kræver de 3000 kr inden i aften, og han sagde 'så slår jeg mig selv ihjel'",
        'suicidePlan',
      ],
      [
        "he sent a picture of himself to a 'girl' on insta, now they want 3000 kr by tonight, and he said he will kill himself",
        'suicidePlan',
      ],
    ],
  });
});

describe('Round 39 classes the rules missed: the amount of pills told in quotes or as the whole jar', () => {
  ruleClassCases({
    silent: [
      ['Han tog en masse noter til fysiktimen og har taget sine piller mod allergi', 'overdose'],
      ['She took a lot of photos on the school trip to the zoo', 'overdose'],
    ],
    warns: [
      ["hun sagde at hun tog 'en del' panodiler i morges", 'overdose'],
      ["she said she took 'a lot' of painkillers this morning", 'overdose'],
      ["showed me a snap of an empty pill box, says he took 'a lot' this morning", 'overdose'],
      ["pigen skriver 'har taget hele glasset, undskyld til alle'", 'overdose'],
      ["she wrote 'took the whole bottle, sorry everyone'", 'overdose'],
    ],
  });
});

describe('Round 39 classes the rules missed: an adult age said plainly, game money sent, a chat to delete', () => {
  ruleClassCases({
    silent: [
      [
        'Morfar er 70 og har bedt om billeder fra fodboldkampen, mor sender dem på messenger',
        'onlineGrooming',
      ],
    ],
    warns: [
      [
        "girl 12 tell me she meet a 'friend' from snapchat. He is 19 and he ask her for pictures before",
        'onlineGrooming',
      ],
      ['pigen på 12 har en ven fra snapchat. Han er 19 og har bedt hende om billeder', 'onlineGrooming'],
      [
        "They've been sending him V-bucks for weeks and asked for pics 'just of ur body lol'",
        'onlineGrooming',
      ],
      ['En fra TikTok har bedt hende slette chatten og ikke sige det til nogen', 'onlineGrooming'],
    ],
  });
});

describe('Round 39 dev classes: a drunk carer lying on the floor now, as the child tells it', () => {
  ruleClassCases({
    silent: [
      ['far ligger på gulvet og leger med lillebror, han er ikke fuld', 'carerUnresponsive'],
      [
        'A. said "sometimes dad\'s lying on the floor in the morning and I can\'t get him up". Dad was drunk at the game.',
        'carerUnresponsive',
      ],
    ],
    warns: [
      [
        'Mor ringede og var meget beruset. Drengen fortæller at mor ligger på badeværelsesgulvet.',
        'carerUnresponsive',
      ],
      ['mor ligger på gulvet i stuen, hun er helt fuld', 'carerUnresponsive'],
      ["dad is drunk again, he's lying on the kitchen floor and the kids are alone", 'carerUnresponsive'],
    ],
  });
});

describe('Round 39 dev classes: a sibling who "blackmails" with a silly picture to get chores done', () => {
  ruleClassCases({
    silent: [
      [
        "10 y/o told the class his big sister is 'blackmailing' him with a picture of him asleep with his teddy so he has to do her dishes lol",
        'onlineGrooming',
      ],
      ['lillebror afpresser ham med et billede af ham i pyjamas så han skal rydde op', 'onlineGrooming'],
    ],
    warns: [
      [
        "her brother's friend is blackmailing her with nude pictures, she has to do his homework",
        'onlineGrooming',
      ],
      [
        'her brother is blackmailing her with pictures from the shower, she has to do his homework',
        'onlineGrooming',
      ],
      ['storebror afpresser hende med et nøgenbillede, hun skal tømme opvaskeren', 'onlineGrooming'],
    ],
  });
});

describe('Round 39 sealed classes: neglect seen on a home visit, without the word', () => {
  ruleClassCases({
    silent: [
      ['gennemvåd ble ved afhentning i dag var vores fejl, vi glemte at skifte ham', 'neglect'],
      ['stuen er nymalet og der lugtede lidt af maling, drengen sov i slyngen', 'neglect'],
      ['Oskar (18 mdr.) kigger ikke op når vi siger hans navn', 'neglect'],
    ],
    warns: [
      ['Baby (6 uger) lå i forældrenes seng mellem dynerne, gennemvåd ble og helt rød i numsen', 'neglect'],
      ['the 9 month old was in the same soaked nappy both times I came', 'neglect'],
      ["Baby 7 mdr ligger næsten altid i autostolen foran tv'et siger mor", 'neglect'],
      ['the baby lies most of the day in the car seat in front of the tv', 'neglect'],
      ['Mor sad med telefonen hele besøget og kiggede ikke op når pigen pludrede', 'neglect'],
      ["mum sat on her phone the whole visit and didn't look up when the baby babbled", 'neglect'],
    ],
  });
});

describe('Round 39 sealed classes: raised voices and a writer who says there is no worry', () => {
  ruleClassCases({
    silent: [
      [
        'forældrene blev uenige og hævede stemmen et par minutter, så grinede de og far sagde undskyld',
        'carerPsychosis',
      ],
      ['19 y pregnant, first baby. Nothing worrying, just noting she is young', 'expectingParents'],
      ['gravid 19 år, ingen bekymring, bor hos sin mor', 'expectingParents'],
    ],
    warns: [
      ['mor siger at stemmerne sagde at babyen ikke er hendes', 'carerPsychosis'],
      ['19 y pregnant, I am worried, she drinks at weekends', 'expectingParents'],
    ],
  });
});

describe('Round 40 dev classes: dialect, stories, older siblings and a game not finished', () => {
  ruleClassCases({
    silent: [
      [
        'Han har skrevet en spændingsnovelle i dansk om en dreng som stikker af hjemmefra om natten',
        'noSafePlaceToSleep',
      ],
      [
        'She wrote a scary story in English about a boy who runs away from home at night',
        'noSafePlaceToSleep',
      ],
      [
        "She goes to her older sister's wedding abroad and showed the class pictures of her dress",
        'onlineGrooming',
      ],
      ['hun skal med til sin ældre søsters bryllup og viste billeder af hende i kjolen', 'onlineGrooming'],
      ['Dreng 4 år vil ikke hjem når far henter, han vil hellere lege videre i sandkassen', 'afraidToGoHome'],
      ['Boy 4 does not want to go home when dad picks him up, he wants to keep playing', 'afraidToGoHome'],
      ['dreng 6 vil ikke hjem når far kommer fordi han er midt i et kæmpe lego byggeri', 'afraidToGoHome'],
      [
        'boy 6 does not want to go home when dad comes, he is in the middle of a lego build',
        'afraidToGoHome',
      ],
      [
        'Far lugtede lidt af øl da han hentede, det var efter hans firmas sommerfest, og han talte helt normalt',
        'carerIntoxicated',
      ],
      [
        'The father smelled a little of beer at pick-up, it was after his company summer party. He was talking normal and the mother drove.',
        'carerIntoxicated',
      ],
    ],
    warns: [
      ['hun tror hun skal blyw gift dernier mæ en fætter, og hun vil it', 'honourRelated'],
      ['hun tror hun skal blive gift dernede med en fætter, og hun vil ikke', 'honourRelated'],
      ['she thinks she will be married to a cousin there, she is forced to travel', 'honourRelated'],
      [
        'hinnes far har købt billetter te æ hjemland på lørdav, og hun skal blyw gift mæ en fætter',
        'forcedTravelSoon',
      ],
      [
        'her father has bought tickets to the home country for saturday and she will be forced to marry a cousin',
        'forcedTravelSoon',
      ],
      ['Boy 4 does not want to go home when dad picks him up, he is scared of dad', 'afraidToGoHome'],
      ['an older man on snapchat asks her for pictures of her in a bikini', 'onlineGrooming'],
      ['Far lugtede lidt af øl efter sommerfesten da han hentede, og han vaklede', 'carerIntoxicated'],
      ['The father smelled a little of beer at pick-up and could barely stand', 'carerIntoxicated'],
      ['The father smelled a little of beer at pick-up', 'carerIntoxicated'],
    ],
  });
});

describe('Round 40 sealed class: the everyday words for taking one’s own life', () => {
  ruleClassCases({
    silent: [
      ['vi skal gøre det af med mobningen i klassen en gang for alle', 'suicide'],
      ['we need to do away with the old seating plan', 'suicide'],
      ['den matematikprøve tog livet af mig, sagde hun og grinede', 'suicide'],
      ['He wrote a powerful piece about a girl who is thinking about taking her own life', 'suicide'],
      ['The class is reading a novel where the main character takes her own life', 'suicide'],
    ],
    warns: [
      ['hun har skrevet til sin veninde at hun vil gøre det af med sig selv på lørdag', 'suicide'],
      ['she wrote to her friend that she will do away with herself on Saturday', 'suicide'],
      ['han siger han vil tage livet af sig', 'suicide'],
      ['hun skrev: jeg vil tage livet af mig', 'suicide'],
      ['he says he wants to take his own life', 'suicide'],
      ['hun har tænkt på at ende sit liv', 'suicide'],
      ['han skrev til sin ven at han vil tage livet af sig', 'suicide'],
    ],
  });
});

describe('Over-reach left open in the last note: a pill organiser, pictures taken', () => {
  ruleClassCases({
    silent: [
      [
        'Mum counted the tablets into the dosette box for the week, as she always does',
        'suicidalCommunication',
      ],
      ['Mor talte tabletterne op i doseringsæsken til hele ugen, som hun plejer', 'suicidalCommunication'],
      ['He took a lot of photos on the trip and forgot his medication at home one day', 'overdose'],
      ['Han tog en masse billeder på turen og glemte sin medicin derhjemme en dag', 'overdose'],
    ],
    warns: [
      [
        "She has counted her mum's sleeping pills and says she knows how many it takes",
        'suicidalCommunication',
      ],
      ['He took a lot of photos and then took a lot of pills from the cupboard', 'overdose'],
      ['Han tog en masse billeder og tog derefter mange piller fra skabet', 'overdose'],
    ],
  });
});

describe('Left open in the last note: what a carer does when drunk, in a clause of its own', () => {
  ruleClassCases({
    silent: [
      ['mor siger at han bliver fuld af energi når han har spist', 'carerIntoxicated'],
      ['far siger når han er fuld af grin kan han ikke stoppe', 'carerIntoxicated'],
    ],
    warns: [
      ['nogle gange ligger mor på gulvet når hun er fuld', 'carerIntoxicated'],
      ['sometimes mum lies on the floor when she is drunk', 'carerIntoxicated'],
    ],
  });
});

describe('Round 41 dev: violence ruled out as "ikke noget med", an illness years behind the parent', () => {
  ruleClassCases({
    silent: [
      ['Der er ikke noget med vold eller den slags, forældrene er bare uenige om alt', 'violence'],
      ['There is nothing like violence at home, the parents just disagree about everything', 'violence'],
      [
        'Mother had a depression 5 years ago and has been well for 3 years, she sees her GP every month',
        'parentalIllness',
      ],
      ['Mor havde en depression for fem år siden og har været rask i tre år nu', 'parentalIllness'],
    ],
    warns: [
      ['Der er noget med vold derhjemme, far slår mor', 'violence'],
      ['Mother has a depression and has been in bed for weeks', 'parentalIllness'],
      ['Mor har en depression og ligger i sengen hele dagen', 'parentalIllness'],
    ],
  });
});

describe('Round 41 dev: sexualised play told with "deres" and "lyde", abuse told as "did stuff", marks and travel', () => {
  ruleClassCases({
    silent: [
      ['she did stuff to her hair before the school photo', 'sexualAbuseDisclosure'],
      ['he did things to the car with his dad yesterday', 'sexualAbuseDisclosure'],
      ['han stikker fingeren i hans næse hele tiden', 'sexualisedBehaviour'],
      ['vi skal i sommerhus i efterårsferien som starter på lørdag, hun glæder sig', 'forcedTravelSoon'],
    ],
    warns: [
      ['pigen på 5 vil stikke ting op i deres numse ude på toilettet', 'sexualisedBehaviour'],
      [
        'når hun leger med dukkerne laver hun bevægelser og lyde som voksne der har sex',
        'sexualisedBehaviour',
      ],
      [
        'when she plays with dolls she makes movements and sounds like adults having sex',
        'sexualisedBehaviour',
      ],
      [
        'she told me her stepdad came into her room last night and "did stuff to me"',
        'sexualAbuseDisclosure',
      ],
      ['he said his uncle does things to him when mum is at work', 'sexualAbuseDisclosure'],
      ['vi så røde striber og små røde prikker hele vejen rundt om halsen', 'neckPressure'],
      [
        'far skriver at de skal "besøge familien" i hjemlandet i efterårsferien, som starter på lørdag, og der er fundet en mand til hende',
        'forcedTravelSoon',
      ],
    ],
  });
});

describe('Round 41 dev: parents who no longer speak decently, a child caught between them', () => {
  itGoesToPathway([
    [
      'Forældrene til Oskar (10) er ved at blive skilt og taler ikke særlig pænt sammen, han er stille i klassen',
      'social',
    ],
    [
      'han siger "jeg gider ikke at skulle vælge", forældrene er uenige om alt, han går i 4. klasse',
      'social',
    ],
    ["Tom (9, 3rd grade) is caught in the middle of his parents' divorce and quieter in class", 'social'],
    ['pigen i 4. klasse vil ikke vælge emne til opgaven og er stille i klassen', 'skole'],
    ["the boy in 3rd grade doesn't want to choose a topic for his project and is quiet in class", 'skole'],
  ]);
});

describe('Round 41 sealed false alarms, read after their one scoring (classes, in new words)', () => {
  ruleClassCases({
    silent: [
      [
        'drengen på 18 mdr går ikke endnu og er lidt slap i kroppen, falder sammen når han sidder',
        'severeInfantInjury',
      ],
      [
        'the 17 month old is not walking yet and a bit floppy when sitting, happy and eats well',
        'severeInfantInjury',
      ],
      [
        'nyfødt pige dag 4, lille bule på hovedet efter sugekop ved fødslen, står i journalen',
        'infantInjury',
      ],
      ['newborn day 5, a small bump on the head from the vacuum cup during the delivery', 'infantInjury'],
      [
        'Sofie (14) skal passe sin lillesøster på 3 lørdag aften, mens forældrene er til bryllup fra 17 til 23, og hun får 150 kr for det',
        'childCaringForOthers',
      ],
      [
        'Ida (14) has to look after her little brother on Saturday evening while her parents are at a wedding from 5 to 11, and she gets 150 kr for it',
        'childCaringForOthers',
      ],
      [
        'gruppen har lavet en flot analyse af hvordan sangen skildrer bandemiljøet og knivene',
        'crimeOrSubstance',
      ],
      ['the group did a fine analysis of how the rap song depicts the gang world', 'crimeOrSubstance'],
      ['In history the pupils write essays about radicalisation and extremism online', 'violentExtremism'],
      ['I historie skriver eleverne opgaver om radikalisering og ekstremisme på nettet', 'violentExtremism'],
      ['hun råbte at far slår hende ihjel hvis hun kommer for sent, og så grinede de begge to', 'violence'],
      ['he shouted that his dad will kill him if he is late, and then they both laughed', 'violence'],
    ],
    warns: [
      ['babyen på 4 mdr var helt slap og svær at vække i dag', 'severeInfantInjury'],
      ['the 5 month old baby was floppy and hard to wake this morning', 'severeInfantInjury'],
      ['baby på 3 uger har et blåt mærke på kinden, mor ved ikke hvorfor', 'infantInjury'],
      [
        'hun skal passe sin lillebror hver aften og får 100 kr for det fordi mor drikker',
        'childCaringForOthers',
      ],
      ['han ser videoer om jihad og siger at de vantro skal dø', 'violentExtremism'],
      ['pigen siger at far slår hende ihjel hvis hun kommer for sent, hun ser bange ud', 'violence'],
    ],
  });
});

describe('Round 42 dev: a weekend weeks ago is not recent; a known nerve illness explains an unsteady walk', () => {
  ruleClassCases({
    silent: [
      ['hun fortalte at far skubbede mor ind i væggen i weekenden for to uger siden', 'recentAbuse'],
      ['she said dad pushed mum into the wall at the weekend two weeks ago', 'recentAbuse'],
      [
        'vikaren skrev at far "gik skævt og talte utydeligt, måske påvirket?". Til orientering: far har sklerose, det ved vi fra start.',
        'carerIntoxicated',
      ],
      [
        'the substitute wrote that dad "walked unsteadily and slurred, maybe drunk?". For info: dad has multiple sclerosis, we have known from the start.',
        'carerIntoxicated',
      ],
    ],
    warns: [
      ['hun fortalte at far skubbede mor ind i væggen i weekenden og at mor græd', 'recentAbuse'],
      ['she said dad pushed mum into the wall over the weekend and mum cried', 'recentAbuse'],
      ['far gik meget skævt og talte utydeligt og lugtede af øl ved hentning i dag', 'carerIntoxicated'],
    ],
  });
});

describe('Round 42 dev: what the rules alone missed (the model caught it)', () => {
  ruleClassCases({
    silent: [
      ['hvis hun siger nej til at spise, gør vi det på en anden måde', 'honourControl'],
      ['she will get a gift from her cousin for her birthday', 'honourControl'],
      ['vi lavede en hemmelig leg med de andre børn i skoven', 'secretWithAdult'],
      ['bad dem tage jakkerne af inden de gik ind', 'sexualisedBehaviour'],
    ],
    warns: [
      ['han sagde at "mors kæreste blev sur og det må jeg ikke sige"', 'secretWithAdult'],
      ["he said mum's boyfriend got angry and I am not allowed to tell", 'secretWithAdult'],
      ['det er en hemmelig leg han leger med sin onkel når onklen passer ham', 'secretWithAdult'],
      ['it is a secret game he plays with his uncle when the uncle babysits', 'secretWithAdult'],
      ['she heard that she will be gift there with a cousin', 'honourControl'],
      ['if she refuse her brother will hurt her', 'honourControl'],
      ['one time burn on the hand, one time the eye was blue, last week a bandage', 'repeatedInjury'],
      ['en gang et brandsår på hånden, en anden gang et blåt øje', 'repeatedInjury'],
      ['en dreng på 10 bad dem tage bukserne af ude i skoven', 'sexualisedBehaviour'],
      ['a boy of 10 asked the younger ones to take their trousers off in the woods', 'sexualisedBehaviour'],
      ['han brugte ord om sex som man ikke venter af en 6-årig', 'sexualisedBehaviour'],
      [
        'De sidste tre gange er han kommet hjem med blå mærker på ryggen. Første gang sagde mor det var fra en trampolin.',
        'unexplainedMarks',
      ],
    ],
  });
});

describe('Round 42 sealed false alarms, read after their one scoring (classes, in new words)', () => {
  ruleClassCases({
    silent: [
      ['Vil bare sikre mig at hans sygefravær ikke tæller som ulovligt fravær', 'illegalAbsence'],
      ["I just want to be sure her hospital stay doesn't count as illegal absence", 'illegalAbsence'],
      [
        '17-årig lærling bor i egen lejlighed, forældrene kommer forbi hver søndag. Skal vi gøre noget fordi han er under 18?',
        'onlineGrooming',
      ],
      [
        'A 17-year-old apprentice has his own flat and his parents come by every Sunday. Must we act because he is under 18?',
        'onlineGrooming',
      ],
    ],
    warns: [
      ['Lukas har 20 % ulovligt fravær i kvartalet', 'illegalAbsence'],
      ['hun chatter med Jonas, 19, som vil mødes med hende og kommer forbi skolen', 'onlineGrooming'],
    ],
  });
});

describe("Round 43 dev: a young child's own gait, a fall seen happen, insulin missing (classes, in new words)", () => {
  ruleClassCases({
    silent: [
      [
        'Og så Ella (2), hun vakler stadig når hun går og falder tit, lægen skal se på det',
        'carerIntoxicated',
      ],
      [
        'Also Noah (3), he staggers a lot when he runs and falls over, we have told his parents',
        'carerIntoxicated',
      ],
      [
        'Emil (1½) snublede på trappen lige foran mig og har et lille blåt mærke på knæet',
        'unexplainedMarks',
      ],
      [
        'Sofia (4) tripped on the step right in front of me and has a small bruise on her knee',
        'unexplainedMarks',
      ],
    ],
    warns: [
      ['Far til Ella (2) kom for at hente, han vakler og lugter af sprit', 'carerIntoxicated'],
      ['Ella (2) blev hentet af mor, hun vakler og snøvler', 'carerIntoxicated'],
      ['Emil (1½) har et blåt mærke på kinden, mor siger han faldt hjemme', 'unexplainedMarks'],
      [
        'Der er ikke noget insulin i tasken igen, og i dag har han kastet op og er sløv, mor tager ikke telefonen',
        'diabeticEmergency',
      ],
      [
        'There is no insulin in his bag again, and today he has vomited and is drowsy, mum does not answer',
        'diabeticEmergency',
      ],
      ['ingen insulin med i dag, hun trækker vejret tungt og ånden lugter sødligt', 'diabeticEmergency'],
    ],
  });
});

describe('Round 43 dev: what the rules alone missed (the model caught it), in new words', () => {
  ruleClassCases({
    silent: [
      ['Hun besvimede i går, hun havde ikke fået morgenmad, men har det fint i dag', 'starvationCollapse'],
      [
        'Vi skal til Marokko i ferien, hans fætter skal giftes dernede og drengen glæder sig til festen',
        'honourRelated',
      ],
      [
        'Vi skal til Marokko i ferien, hans fætter skal giftes dernede og drengen glæder sig til festen',
        'honourControl',
      ],
      [
        'We are going to Morocco for the summer because his cousin is getting married there, he is excited',
        'honourControl',
      ],
      ['Mor ligger bare på sofaen og læser når hun har fri, og drengen hygger sig', 'parentalIllness'],
    ],
    warns: [
      [
        'Drengen på 15 faldt om i frikvarteret, pulsen var 40 og han var iskold, han har ikke spist i dagevis',
        'starvationCollapse',
      ],
      [
        'The 15 year old boy collapsed at break, his pulse was 40 and he was ice cold, he has not eaten for days',
        'starvationCollapse',
      ],
      [
        'Hun skal med til Somalia i næste uge, og hendes onkel har sagt at hun skal giftes der',
        'honourRelated',
      ],
      [
        'She is being taken to Somalia next week and her uncle said she will be married there',
        'honourRelated',
      ],
      ['Drengen siger at far ligger bare i sengen og græder og ikke står op om morgenen', 'parentalIllness'],
    ],
  });
});

describe('Round 43 sealed notify miss, read after its one scoring (grooming told with quotes and flattery, in new words)', () => {
  ruleClassCases({
    silent: [
      ['Hun er meget moden af sin alder og hjælper altid de små i SFO', 'onlineGrooming'],
      ['He is very mature for his age and always helps the younger ones at break', 'onlineGrooming'],
      ['Klassen tog "sjove billeder" til skolefotograferingen i dag', 'onlineGrooming'],
    ],
    warns: [
      ['a grown man ("Tom, 41") on Instagram keeps asking her for "nice pics" before bed', 'onlineGrooming'],
      [
        'en voksen mand ("Tom, 41") på Instagram bliver ved med at bede hende om "flotte billeder" i sengen',
        'onlineGrooming',
      ],
      ['a guy she chats with on Snapchat tells her she is so mature for her age', 'onlineGrooming'],
      ['han skriver med hende på snap og siger hun er meget moden af sin alder', 'onlineGrooming'],
    ],
  });
});

describe('Round 43 sealed: what the rules alone missed, and a rules-only false alarm, read after its one scoring (in new words)', () => {
  ruleClassCases({
    silent: [
      [
        'Emma (4) slog armen i går, mor var på skadestuen med hende og den er ikke brækket',
        'untreatedInjury',
      ],
      ['Vi har lus på Bjørnestuen igen, skal der sendes brev ud til alle forældre?', 'neglect'],
      ['We have lice in the class again, should a letter go out to all parents?', 'neglect'],
      ['hans storesøster siger at i skolen får man tæsk af lærerne hvis man ikke laver lektier', 'violence'],
      ['his sister says at school you get hit by the teachers if you forget your homework', 'violence'],
    ],
    warns: [
      [
        'Oskar (2) vil ikke bruge sin højre arm, den hænger og han græder når man rører den. De har ikke været ved lægen.',
        'untreatedInjury',
      ],
      [
        'Oskar, 2, will not use his right arm, it is just hanging. They have not been to the doctor.',
        'untreatedInjury',
      ],
      [
        'Mor blev hentet af ambulance i nat. Far er ikke i billedet og der er ingen andre på kontaktlisten.',
        'childLeftWithoutCare',
      ],
      [
        'Mum was taken by ambulance last night. Dad is not in the picture and there is no one else on the contact list.',
        'childLeftWithoutCare',
      ],
      [
        'Tandplejen har indkaldt hende 3 gange uden at forældrene er mødt op, hun har mange huller',
        'refusedMedicalCare',
      ],
      [
        'The dental service called her in 3 times without the parents showing up, she has many cavities',
        'refusedMedicalCare',
      ],
      ['Elliot har lus igen og igen, de bliver aldrig behandlet', 'neglect'],
      ['hendes storebror siger at hun får tæsk af far hvis hun ikke kan læse', 'violence'],
    ],
  });
});

describe('Round 44 dev: what the rules alone missed (in new words, Danish and English twins)', () => {
  ruleClassCases({
    silent: [
      ['Far drikker kaffe hver morgen før han afleverer', 'parentalSubstance'],
      ['Mor putter ham i seng kl 19 og han sover godt hele natten', 'carerPsychosis'],
      ['Far sender ham i seng når han er træt', 'carerPsychosis'],
      ['Han har ikke sovet hjemme i nat, han var med til fødselsdag med overnatning', 'noSafePlaceToSleep'],
      ['Hun gav sin gamle cykel til sin lillesøster fordi hun har fået en ny', 'suicidalCommunication'],
      ['Familien har flyttet besøget til næste uge, og drengen trives fint', 'missedHealthChecks'],
      [
        'De havde sex med hinanden for første gang, siger hun, og hun var glad for det',
        'sexWhileIncapacitated',
      ],
      [
        'Lægen sagde hun var lidt sløv af feberen og skulle hvile, mor passer hende hjemme',
        'illChildWithRefusedCare',
      ],
    ],
    warns: [
      [
        'Emil fortæller at far "drikker øl hele aftenen" og falder i søvn foran fjernsynet',
        'parentalSubstance',
      ],
      ['Far siger at der sidder mikrofoner i barnevognen og at nogen lytter med', 'carerPsychosis'],
      ['Dad says there are cameras in the cot and that people are watching them', 'carerPsychosis'],
      ['Mor siger at babyen blev "byttet" på fødegangen og ikke er hendes', 'carerPsychosis'],
      ['Han skrev til sin ven: "det her er sidste gang du hører fra mig"', 'suicidalCommunication'],
      ['She texted her friend that this is the last time you will see me', 'suicidalCommunication'],
      ['I stilen skrev hun at familien ville klare sig bedre uden hende', 'suicidalCommunication'],
      ['In her diary she wrote that everyone would be better without her', 'suicidalCommunication'],
      [
        'Han forærede sin guitar til en klassekammerat og sagde "jeg får ikke brug for den"',
        'suicidalCommunication',
      ],
      ['He gave his phone to a friend, "I won\'t need it anymore"', 'suicidalCommunication'],
      [
        'Drengen på 14 har i de sidste to uger næsten ikke sovet hjemme og far spørger ikke efter ham',
        'noSafePlaceToSleep',
      ],
      [
        'The boy (14) has barely slept at home for several weeks and his dad never asks',
        'noSafePlaceToSleep',
      ],
      [
        'Forældrene har aflyst 4 sundhedsplejebesøg og drengen har ikke været til 1-årsundersøgelsen',
        'missedHealthChecks',
      ],
      [
        'The parents cancelled four health visits and the boy has missed his one year check-up',
        'missedHealthChecks',
      ],
      ['Til festen havde en 19-årig sex med hende mens hun var bevidstløs af druk', 'sexWhileIncapacitated'],
      ['At the party a 19 year old had sex with her while she was passed out', 'sexWhileIncapacitated'],
      [
        'Babyen er helt slap og tør i munden. Jeg sagde de skal på skadestuen nu, men mor siger de ikke skal på skadestuen',
        'illChildWithRefusedCare',
      ],
      [
        'The baby is floppy with a dry mouth. I said go to the emergency room now but dad says they are not going to the hospital',
        'illChildWithRefusedCare',
      ],
      [
        'Tobias (13) does the cooking and puts his sisters (4 and 6) to bed every night since mum got ill',
        'childCaringForOthers',
      ],
    ],
  });
});

describe('Round 44 sealed: what the rules alone missed and a rules-only false alarm, read after its one scoring (in new words)', () => {
  ruleClassCases({
    silent: [
      [
        'Drengen på 12 har tabt 1 kg men er vokset 6 cm og spiser godt. Kurven ligger helt normalt.',
        'eatingDisorder',
      ],
      ['He lost a kilo but grew 6 cm and eats well. His growth curve is normal.', 'eatingDisorder'],
      ['Vi venter til det går over, sagde mor om regnvejret', 'refusedMedicalCare'],
      ['Det er vores lille hemmelighed at vi laver en gave til mor', 'secretWithAdult'],
      ['Hun viste mig sine underarme, hun har fået et nyt armbånd', 'selfHarm'],
      ['The nude colours in the art room went round the class', 'sexualAbuse'],
    ],
    warns: [
      ['Hun har tabt sig og kaster op efter maden, selvom kurven ligger normalt', 'eatingDisorder'],
      [
        'Han har haft ondt i en tand i en måned og kinden er hævet, far siger de venter til det går over af sig selv',
        'refusedMedicalCare',
      ],
      [
        'His tooth has hurt for weeks and his cheek is swollen, mum says they will wait until it goes away by itself',
        'refusedMedicalCare',
      ],
      ['Forældrene har aflyst eller ikke dukket op 4 gange hos tandlægen', 'refusedMedicalCare'],
      [
        'Naboen har givet ham en ny mobil og penge og skriver "det er vores lille hemmelighed"',
        'secretWithAdult',
      ],
      ['A neighbour gave her an expensive phone and wrote "this is our little secret"', 'secretWithAdult'],
      ['Han skriver "husk vores hemmelighed" og hun sletter beskederne bagefter', 'secretWithAdult'],
      ['Far er kørt på skadestuen med mor, og ingen ved hvem der skal hente børnene', 'childLeftWithoutCare'],
      ['Mum was admitted this morning and nobody knows who is picking them up', 'childLeftWithoutCare'],
      ['Han viste mig armene, der er mange ar og friske snit', 'selfHarm'],
      ['She showed me her wrists, there are many scars and fresh cuts', 'selfHarm'],
      ['Et nøgenbillede af en pige fra 7. klasse gik rundt på Snapchat i går', 'sexualAbuse'],
      ['A naked picture of a girl in 8th grade was shared in a group chat', 'sexualAbuse'],
      ['Han har to runde vabler på armen, de ligner brandsår', 'implementBurn'],
      ['She has three round blisters on her wrist that look like burns', 'implementBurn'],
    ],
  });
});

describe('Round 45 dev: what the rules missed or raised wrongly (in new words, Danish and English twins)', () => {
  ruleClassCases({
    silent: [
      ['Fraværet er ikke steget, hun kommer hver dag og er glad', 'illegalAbsence'],
      ['Hendes fravær er aldrig over 12 % og forældrene melder altid sygdom', 'illegalAbsence'],
      [
        'His mum is working abroad and not coming back until Christmas, they talk every night',
        'honourRelated',
      ],
      ['Their dad is a sailor and is not coming back for two months', 'honourRelated'],
      [
        'Brillerne knækkede i frikvarteret i dag, mor har allerede ringet til optikeren',
        'refusedMedicalCare',
      ],
      ['His hearing aid broke yesterday and his dad is taking it in for repair today', 'refusedMedicalCare'],
      [
        'Hun har epilepsi. Hun fik et krampeanfald i gymnastik og slog hagen mod bommen, der er et blåt mærke',
        'unexplainedMarks',
      ],
      ['He had a seizure at lunch and banged his cheek on the table, now a bruise there', 'unexplainedMarks'],
    ],
    warns: [
      ['Far skrev til os at hun "får en på skrinet" hvis hun ikke holder mund', 'violence'],
      ['Stedmor siger at han får en på nødden når de kommer hjem', 'violence'],
      [
        "Stedfar skrev at hun 'får en på skrinet' hvis hun ikke holder mund. Ved ik om det er for sjov.",
        'violence',
      ],
      ['Her stepdad wrote she will get a smack if she talks. Not sure if he was joking.', 'violence'],
      ['Her dad told the office she is not coming back after the summer holiday', 'honourRelated'],
      [
        'Hans høreapparater har været i stykker i flere måneder og forældrene har stadig ikke fået dem repareret',
        'refusedMedicalCare',
      ],
      [
        'Her glasses have been broken for months and her parents still haven’t had them fixed',
        'refusedMedicalCare',
      ],
      ['Øjenafdelingen har sendt brev om 4 udeblivelser', 'refusedMedicalCare'],
      ['Hans kørestol har været i stykker i tre uger, og ingen har gjort noget', 'refusedMedicalCare'],
      ['Han har blå mærker på overarmene, far siger de er fra et anfald', 'unexplainedMarks'],
    ],
  });
});

describe('Round 45 sealed: missed warnings and false alarms, read after its one scoring (in new words)', () => {
  ruleClassCases({
    silent: [
      ['Hun løber ud af timen og låser sig inde på toilettet, når det bliver for larmende', 'violence'],
      ['Hver morgen græder han ved porten, og mor må nærmest skubbe ham ind', 'violence'],
      ['Every morning she cries at the door and her dad practically has to push her in', 'violence'],
      ['Drengene snakker med stemmer i det nye computerspil', 'carerPsychosis'],
      [
        'I går troede jeg han tegnede "mor slå". Tolken spurgte ham i dag, og det var tegnet for at mor spiller tennis.',
        'recentAbuse',
      ],
      ['I thought she signed "dad hit". I had misunderstood, she meant dad plays drums.', 'violence'],
      [
        'Han har Prader-Willi og tager mad fra de andres madpakker og fra skraldespanden',
        'hungerAndFoodSeeking',
      ],
    ],
    warns: [
      [
        'Mor sagde ved afhentningen at hun er gravid og stadig bruger lidt, hun grinede af det',
        'expectingParents',
      ],
      ['Dad told me his girlfriend is pregnant and still "using a bit"', 'expectingParents'],
      [
        'Hun har blå mærker på ryggen. Mor siger det er epileptiske anfald, men vi har aldrig hørt om epilepsi, og der står intet i hendes papirer.',
        'unexplainedMarks',
      ],
      [
        'He has bruises on his back. Mum says it is seizures, but we never heard of any epilepsy and there is nothing in his file.',
        'unexplainedMarks',
      ],
      ['Mor låser sig inde på badeværelset, når far råber', 'violence'],
      ['Hendes far taler med "stemmerne" hele natten', 'carerPsychosis'],
      ['Her mum talks to the voices every evening', 'carerPsychosis'],
      [
        'Jeg troede hun tegnede "far slå". Tolken spurgte hende, og det var tegnet for at far slår hende med bæltet.',
        'violence',
      ],
      ['Far skubbede ham ind i væggen i går', 'violence'],
      [
        'Hun sagde at far slår hende. Jeg havde misforstået det, far slår hende hver dag med en sko.',
        'violence',
      ],
      ['She signed "dad hit". I had misunderstood, it was worse: dad hits her every night.', 'violence'],
    ],
  });
});
