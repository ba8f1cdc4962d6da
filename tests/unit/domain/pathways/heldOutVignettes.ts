/**
 * Held-out vignettes: written separately from eval/pathway-vignettes.yaml and not used to tune the
 * rules. If one fails, fix the rule in general terms (not by quoting the sentence), and keep the case.
 */
export interface HeldOutVignette {
  readonly text: string;
  readonly pathway: 'social' | 'dagtilbud' | 'skolestart' | 'skole';
  readonly notify: boolean;
  readonly acute: boolean;
}

export const HELD_OUT: readonly HeldOutVignette[] = [
  // Safety: duty to notify
  {
    text: 'pigen i 3.a fortalte mig at far tit slår hende i hovedet når han er sur',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'drengen på 6 siger at mor har slået ham med en sko',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'Jeg tror han bliver slået derhjemme. Han trækker sig når man rækker hånden ud',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'eleven har blåmærker på armene og vil ikke skifte til idræt',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'mors nye kæreste råber og har slået pigen på 4, siger hun',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'en dreng i 9. klasse fortæller at hans far tæsker ham',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'vi har mistanke om seksuelle overgreb mod en pige i vuggestuen',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'drengen i SFO taler om at voksne viser ham porno på telefonen',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'barnet er ofte beskidt og sulten og forældrene kommer sjældent til samtaler',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'far virkede fuld ved afhentningen i børnehaven og kørte bil',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'mor har bipolar lidelse og er i en manisk periode, pigen på 9 passer sine små søskende',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'drengen fortæller at forældrene slås om natten og at han er bange',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'gravid kvinde med alkoholmisbrug, sundhedsplejen er bekymret for barnet',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'en elev i 7. klasse skader sig selv med en passer',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'pige 13 år, anoreksi, har tabt sig voldsomt siden sommer',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'dreng 15 år er sigtet for indbrud og ryger hash hver dag',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'eleven har over 20 % fravær og familien reagerer ikke',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  {
    text: 'the boy in year 4 has been absent for weeks and the parents do not answer, truancy suspected',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  { text: 'He says his mom slaps him when she is drunk', pathway: 'social', notify: true, acute: false },
  {
    text: 'pigen på 5 år tvinger de andre børn til at vise deres tissekone',
    pathway: 'social',
    notify: true,
    acute: false,
  },
  // Safety: acute
  {
    text: 'hun har fortalt at hun ikke tør tage hjem fordi stedfar har truet hende',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  {
    text: 'drengen har en hjernerystelse og siger far skubbede ham ned ad trappen',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  {
    text: 'eleven skrev i sin stil at hun vil tage sit eget liv, og veninden siger hun har en plan',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  {
    text: 'en 4-årig blev fundet alene på legepladsen om aftenen uden voksne',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  {
    text: 'pigen på 16 siger familien vil gifte hende bort med en fætter og tager hendes pas',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  {
    text: 'en pige i 6. klasse siger at onkel voldtog hende i går',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  {
    text: 'the student says he is afraid to go home tonight because his father threatened him',
    pathway: 'social',
    notify: true,
    acute: true,
  },
  // Pathways without safety signals
  {
    text: 'pige på 2 år i dagplejen siger meget få ord og forstår ikke beskeder',
    pathway: 'dagtilbud',
    notify: false,
    acute: false,
  },
  {
    text: 'drengen i børnehaven (3 år) har svært ved at lege med de andre og bliver hurtigt frustreret',
    pathway: 'dagtilbud',
    notify: false,
    acute: false,
  },
  {
    text: 'vi skal lave overgang til skole for en dreng på 6 med store følelsesudbrud',
    pathway: 'skolestart',
    notify: false,
    acute: false,
  },
  {
    text: 'pigen i børnehaveklassen kan ikke finde ro og har svært ved at vente på tur',
    pathway: 'skolestart',
    notify: false,
    acute: false,
  },
  {
    text: 'elev i 5.c bliver drillet med sin vægt og holdes udenfor',
    pathway: 'skole',
    notify: false,
    acute: false,
  },
  {
    text: 'drengen i 2. klasse kan ikke læse endnu og bliver ked af det i dansk',
    pathway: 'skole',
    notify: false,
    acute: false,
  },
  {
    text: 'forældrene er midt i en skilsmisse med mange konflikter, drengen på 4 er urolig',
    pathway: 'social',
    notify: false,
    acute: false,
  },
  {
    text: 'far er arbejdsløs og familien har ikke råd til vintertøj til pigen i 1. klasse',
    pathway: 'social',
    notify: false,
    acute: false,
  },
  // Negation and benign word overlap
  {
    text: 'ingen tegn på omsorgssvigt, pigen på 3 er bare sky i vuggestuen',
    pathway: 'dagtilbud',
    notify: false,
    acute: false,
  },
  {
    text: 'der er ingen mistanke om vold, eleven i 6. klasse har bare svært ved matematik',
    pathway: 'skole',
    notify: false,
    acute: false,
  },
  {
    text: 'han slog hovedet på rutsjebanen i børnehaven, forældrene er ringet op',
    pathway: 'dagtilbud',
    notify: false,
    acute: false,
  },
  {
    text: 'vi legede slå på tæppe med 0. klasse og det gik fint',
    pathway: 'skolestart',
    notify: false,
    acute: false,
  },
  {
    text: 'mor er syg med ondt i halsen, så far henter drengen på 3 i vuggestuen',
    pathway: 'dagtilbud',
    notify: false,
    acute: false,
  },
  {
    text: 'eleven i 4. klasse drikker ikke nok vand i løbet af dagen og får hovedpine',
    pathway: 'skole',
    notify: false,
    acute: false,
  },
  {
    text: 'far slog græsset på fodboldbanen til SFO-festen, og eleven i 2. klasse var med',
    pathway: 'skole',
    notify: false,
    acute: false,
  },
  {
    text: 'the 5 year old in kindergarten fell and hit his head on the slide, parents informed',
    pathway: 'dagtilbud',
    notify: false,
    acute: false,
  },
];
