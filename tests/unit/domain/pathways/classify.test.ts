import fc from 'fast-check';
import { formatReason } from '../../../../src/domain/pathways';
import { HELD_OUT } from './heldOutVignettes';
import { projectClassifier } from './testConfig';

const classifier = projectClassifier();

describe('classify: understanding the description', () => {
  it('reads settings, age and grade into the context', () => {
    expect(classifier.classify('pige 2 år i dagplejen').context).toMatchObject({
      ageYears: 2,
      settings: ['dagpleje'],
    });
    expect(classifier.classify('drengen går i SFO og 1. klasse').context.settings).toEqual(
      expect.arrayContaining(['skole', 'sfo']),
    );
    expect(classifier.classify('en dreng i fritidsklubben').context.settings).toEqual(['fritidsklub']);
    expect(classifier.classify('vuggestuebarn på 14 mdr').context.settings).toEqual(['vuggestue']);
  });

  it("reads the setting from a school day's or a daycare day's own words, in Danish and English", () => {
    const settings = (text: string) => classifier.classify(text).context.settings;
    expect(settings('de er helt udsultede efter idræt, frugtpause?')).toContain('skole');
    expect(settings('fuld tilstedeværelse, fine karakterer, en sjov knægt')).toContain('skole');
    expect(settings('one boy shouted at his mate during dodgeball in PE today')).toContain('skole');
    expect(settings('blåt mærke på panden, faldt ned fra klatrestativet i går')).toContain('boernehave');
    expect(settings('a bump on the head, he fell off the climbing frame')).toContain('boernehave');
    expect(settings('han er død træt efter lejrskolen')).toContain('skole');
    expect(settings('far sagde ved hentning i dag at han var træt')).toContain('boernehave');
    expect(settings('hun væltede på løbecyklen herude')).toContain('boernehave');
  });

  it('reads "død" as an intensifier ("død træt", "dødsjov") apart from a death in the family', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('drengen i 3. klasse er død træt efter lejrskolen')).not.toContain('familyLoss');
    expect(ids('pigen synes det var dødsjovt i svømmehallen')).not.toContain('familyLoss');
    expect(ids('drengen i 3. klasse er ked af det, hans morfar er død')).toContain('familyLoss');
  });

  it("a family that copes leaves the choice to the child's setting, with the family pathway beside it", () => {
    const copes = classifier.classify(
      'far til pigen i børnehaven er indlagt til en planlagt knæoperation, mor er hjemme og farmor henter',
    );
    expect(copes.pathway).toBe('dagtilbud');
    expect(copes.alsoConsider).toContain('social');
    const strained = classifier.classify(
      'far til pigen i børnehaven er indlagt, mor magter ikke mere og har intet netværk',
    );
    expect(strained.pathway).toBe('social');
  });

  it('a loss the child handles, playing and eating as usual, stays with the setting, in Danish and English', () => {
    expect(
      classifier.classify(
        'Pige 4 år tegner kister og grave flere dage i træk. Morfar døde for tre uger siden. Hun leger og spiser som hun plejer.',
      ).pathway,
    ).toBe('dagtilbud');
    expect(
      classifier.classify(
        'Girl 4 draws coffins and graves several days in a row. Her grandad died three weeks ago. She plays and eats as she usually does.',
      ).pathway,
    ).toBe('dagtilbud');
    expect(
      classifier.classify(
        'Pige 4 år tegner kister og grave flere dage i træk. Morfar døde for tre uger siden.',
      ).pathway,
    ).toBe('social');
  });

  it('a sign the writer only denies says nothing about how the family copes; an explained one does', () => {
    const denied = classifier.classify(
      'forældrene til pigen (2) i dagplejen skændes meget og spørger hvor de kan få råd. Ingen vold, bare mange konflikter',
    );
    expect(denied.pathway).toBe('social');
    const explained = classifier.classify(
      'pigen (4) i børnehaven har et blåt mærke på armen fra fodbold i går, forældrene skændes meget',
    );
    expect(explained.pathway).toBe('dagtilbud');
  });

  it('reads a parent in cancer treatment as a family under strain, in Danish and English', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('pigen i 4. klasse er stille, far har fået kræft og er i kemo')).toContain('parentalStrain');
    expect(ids('the girl in year 4 is quiet, her dad has cancer and is having chemo')).toContain(
      'parentalStrain',
    );
    expect(ids('pigen i 4. klasse er stille, hendes mormor har fået kræft')).not.toContain('parentalStrain');
  });

  it('reads a parent moving out, and a parent asking for help in their own words, as family signals', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('pigen i 2. klasse er vred, siden far flyttede ud')).toContain('familyLoss');
    expect(ids('the girl in year 2 is angry since her dad moved out')).toContain('familyLoss');
    expect(
      ids("mum wrote: he screams at home every night, I don't know what to do, please help me"),
    ).toContain('familySupport');
    expect(ids('mor skrev: han skriger hver aften, jeg ved ikke hvad jeg skal gøre')).toContain(
      'familySupport',
    );
  });

  it('reads a parent who wants family guidance as a family signal (round-37 dev class)', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('mor vil gerne have familievejledning, de skændes hele tiden derhjemme')).toContain(
      'familySupport',
    );
    expect(ids('mum would like some family guidance, they argue all the time at home')).toContain(
      'familySupport',
    );
  });

  it('reads a parent asking whether the municipality offers help, and a seriously ill sibling, as family signals', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('mor spurgte mig i dag om kommunen har noget rådgivning til familier')).toContain(
      'familySupport',
    );
    expect(ids('mum asked me today if the kommune has any advice for families')).toContain('familySupport');
    expect(ids('far spurgte om der er noget hjælp han kan få')).toContain('familySupport');
    expect(ids('mor har spurgt mig om hun kan få noget rådgivning uden at det bliver en sag')).toContain(
      'familySupport',
    );
    expect(ids('forældrene spørger om der findes tilbud til børn i familier med alvorlig sygdom')).toContain(
      'familySupport',
    );
    expect(ids('dad asked if there is some help he can get')).toContain('familySupport');
    expect(ids('drengen spurgte om der er hjælp til matematik')).not.toContain('familySupport');
    expect(ids('he asked if there is help with maths')).not.toContain('familySupport');
    expect(ids('hans lillesøster har fået konstateret leukæmi')).toContain('familyCrisis');
    expect(ids('his little sister has been diagnosed with leukaemia')).toContain('familyCrisis');
    expect(ids('hans lillesøster har fået en forkølelse')).not.toContain('familyCrisis');
  });

  it('lets no model warning stand where the writer settled every sign (a named diagnosis, a crush as the secret), in Danish and English', () => {
    const warned = (text: string) => {
      const result = classifier.classify(text);
      return result.dutyToNotify || result.acute;
    };
    expect(
      warned(
        'Nora (15) betroede sig til mig i dag og sagde "det er en hemmelighed, du må ikke sige det til nogen" – hun er forelsket i en pige fra parallelklassen og er ikke klar til at fortælle det derhjemme endnu. Hun virkede lettet.',
      ),
    ).toBe(false);
    expect(
      warned(
        'Nora (15) confided in me today and said "it is a secret, you must not tell anyone" – she has a crush on a girl from the other class and is not ready to tell them at home yet. She seemed relieved.',
      ),
    ).toBe(false);
    expect(
      warned(
        'Emil (10) har et blåt mærke over øjenbrynet og en skramme på hagen i dag. Mor ringede kl. 8 og fortalte at han fik et af sine epileptiske anfald derhjemme i aftes og slog sig på sofabordet. Han følges af neurologisk ambulatorium.',
      ),
    ).toBe(false);
    expect(
      warned(
        'Emil (10) has a bruise above his eyebrow and a scraped chin today. His mum rang at 8 to tell us he had one of his epileptic seizures at home last night and hit the coffee table on the way down. He is followed by the neurology clinic.',
      ),
    ).toBe(false);
    // A doctor's note said to be missing settles nothing: the absence still raises the duty.
    expect(
      warned(
        'En elev i 7. har 17 % fravær i kvartalet, mest mandage og fredage. Mor siger hver gang at hun har ondt i maven, men der er aldrig en lægeerklæring.',
      ),
    ).toBe(true);
    expect(
      warned(
        "A 7th grader has 17 % absence this quarter, mostly Mondays and Fridays. Mum always says she has a stomach ache, but there is never any doctor's note.",
      ),
    ).toBe(true);
  });

  it('reads "divorcing" and "divorced" as the separation "skilsmisse" is', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('the girl in year 2 is quiet, her parents are divorcing')).toContain('familyLoss');
    expect(ids('the girl in year 2 is quiet, her parents are divorced')).toContain('familyLoss');
    expect(ids('pigen i 2. klasse er stille, forældrene er ved at blive skilt')).toContain('familyLoss');
  });

  it('reads a pet that died as no death in the family, in Danish and English', () => {
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('drengen (5) er ked af det, hunden Bølle er død')).not.toContain('familyLoss');
    expect(ids('the boy (5) is sad, his dog Bobby died at the weekend')).not.toContain('familyLoss');
    expect(ids('drengen (5) er ked af det, hans morfar er død')).toContain('familyLoss');
    expect(ids('the boy (5) is sad, his grandad died at the weekend')).toContain('familyLoss');
  });

  it('sends a family that itself asks for advice to the family pathway though the child copes, in Danish and English', () => {
    const pathway = (text: string) => classifier.classify(text).pathway;
    expect(
      pathway(
        'far til en pige i 8. klasse spurgte om kommunen har noget familiesamtale. de skændes om sengetid, ingen vold. pigen trives fint i skolen.',
      ),
    ).toBe('social');
    expect(
      pathway(
        "Both parents of a girl in 2nd grade have asked me for advice. They argue about bedtime, no violence. She is doing fine at school. They'd like family counselling.",
      ),
    ).toBe('social');
    const ids = (text: string) => classifier.classify(text).signalFindings.map((f) => f.signalId);
    expect(ids('forældrene har bedt os om hjælp til en aftale med ham om gaming')).not.toContain(
      'familySupport',
    );
  });

  it('reads a child about to start grade 0 or 1 as school start', () => {
    expect(
      classifier.classify('dreng 6 kan ikke holde blyanten, han skal starte i 1. kl efter sommer').pathway,
    ).toBe('skolestart');
    expect(classifier.classify('parents ask if the girl in 0 grade can have two weeks off').pathway).toBe(
      'skolestart',
    );
    // Learner English with the Danish ordinal first (round-36 dev class).
    expect(
      classifier.classify('boy start in 0. class in august and he run out from the room many times').pathway,
    ).toBe('skolestart');
  });

  it('a separation with contact that works, written as such, keeps the child with the setting', () => {
    const result = classifier.classify(
      'drengen i 4. klasse fortæller at far er flyttet ud, han er hos far hver anden weekend og de hygger sig',
    );
    expect(result.pathway).toBe('skole');
  });

  it.each([
    [
      'Morfar døde for to uger siden. Familien har været åbne om det over for os. Drengen (5) tegner kister og spørger om døden',
      'dagtilbud',
    ],
    [
      'Her grandad died last week, mum told us straight away. The girl (5) drew the funeral today and talks about death',
      'dagtilbud',
    ],
  ])(
    'grief the family shares with the setting at once keeps the child with the setting: %s',
    (text, pathway) => {
      expect(classifier.classify(text).pathway).toBe(pathway);
    },
  );

  it('suggests Social for a baby seen at home by the health visitor, Dagtilbud once a daycare is named', () => {
    const atHome = classifier.classify(
      'Sundhedspleje, pige 4 mdr: mor spørger om søvn, hun vågner tre gange hver nat',
    );
    expect(atHome.context.settings).toEqual(['hjemme']);
    expect(atHome.pathway).toBe('social');
    expect(
      classifier.classify('health visitor, home visit: boy 10 weeks, mum asks about feeding').pathway,
    ).toBe('social');
    const inNursery = classifier.classify(
      'sundhedsplejersken spørger om pigen på 10 mdr, der lige er startet i vuggestuen',
    );
    expect(inNursery.pathway).toBe('dagtilbud');
    // An older child's "sundhedsplejerske" is the school's: the setting stays the school.
    expect(
      classifier.classify('sundhedsplejersken har vejet eleven i 6. klasse, hun er træt i timerne').pathway,
    ).toBe('skole');
  });

  it('reads everyday daycare and school words as the setting', () => {
    expect(classifier.classify('han falder i søvn til samling hver dag').context.settings).toContain(
      'boernehave',
    );
    expect(classifier.classify('a boy in my class cannot sit still').context.settings).toContain('skole');
  });

  it('understands ASCII spellings of æ, ø and å', () => {
    const r = classifier.classify('drengen i boernehaven har blaa maerker paa armen');
    expect(r.context.settings).toEqual(['boernehave']);
    expect(r.dutyToNotify).toBe(true);
  });

  it('tolerates a typo in long signal words', () => {
    expect(classifier.classify('hun har nok en spiseforstyrrlse, pigen i 8. klasse').dutyToNotify).toBe(true);
  });

  it('matches inflections and compounds', () => {
    for (const text of [
      'vi frygter omsorgssvigt',
      'der er hjemmevold i familien',
      'hun er blevet mishandlet',
      'han har selvmordstanker',
      'mors alkoholmisbrug fylder meget',
    ]) {
      expect(classifier.classify(text).dutyToNotify).toBe(true);
    }
  });

  it('suggests Social with the setting pathway as an alternative when the duty to notify is raised', () => {
    const r = classifier.classify('en elev i 8. klasse fortæller at hendes stedfar slår hende');
    expect(r.pathway).toBe('social');
    expect(r.alsoConsider).toContain('skole');
    expect(r.dutyToNotify).toBe(true);
    expect(r.acute).toBe(false);
    expect(r.context.speaker).toBe('child');
  });

  it('treats pregnancy as Social and raises the duty to notify only with a concern', () => {
    const worry = classifier.classify('kommende mor er gravid i 5. måned og har et stofmisbrug');
    expect(worry.pathway).toBe('social');
    expect(worry.dutyToNotify).toBe(true);
    expect(worry.context.pregnancy).toBe(true);
    const calm = classifier.classify('kommende forældre vil gerne høre om vuggestuepladser');
    expect(calm.dutyToNotify).toBe(false);
  });

  it('quotes the reasons from the user text', () => {
    const text = 'Pigen på 4 år. Hun fortæller at Far slår hende med en bøjle. Hun er glad for at lege.';
    const r = classifier.classify(text);
    const violence = r.reasons.find((x) => x.kind === 'notify');
    expect(violence?.quote).toContain('Far slår hende');
    expect(text).toContain(violence!.quote.replace(/…/g, ''));
    expect(formatReason(violence!, 'da')).toMatch(/^Vold.*: "/);
  });

  it('lists acute steps before the notify steps, and those before the pathway steps', () => {
    const r = classifier.classify('drengen tør ikke gå hjem, far slog ham i går');
    expect(r.acute).toBe(true);
    expect(r.nextSteps[0].da).toMatch(/112/);
    expect(r.nextSteps.findIndex((s) => /underretning/i.test(s.da))).toBeGreaterThan(0);
    expect(r.lawReferences.some((l) => (l.section ?? '').includes('133'))).toBe(true);
  });

  it('adds SSP and KUI for older pupils', () => {
    const r = classifier.classify('dreng i 8. klasse bliver mobbet');
    expect(r.pathway).toBe('skole');
    expect(r.involve.map((i) => i.da)).toEqual(expect.arrayContaining(['SSP-konsulent']));
    expect(classifier.classify('pige 3 år i vuggestuen bider').involve.map((i) => i.da)).not.toContain(
      'SSP-konsulent',
    );
  });

  it('does not treat a 15-year-old home alone as a young child left alone', () => {
    expect(classifier.classify('en 15-årig er alene hjemme i weekenden').acute).toBe(false);
    expect(classifier.classify('en 3-årig var alene hjemme i flere timer').acute).toBe(true);
    expect(classifier.classify('en pige på 9 år var alene hele natten').acute).toBe(true);
  });
});

describe('classify: negation lowers a warning only when the writer clearly rules it out', () => {
  it.each([
    'ingen tegn på vold',
    'Der er ingen mistanke om seksuelle overgreb.',
    'no signs of physical abuse',
  ])('lowers: %s', (text) => {
    const r = classifier.classify(text);
    expect(r.dutyToNotify).toBe(false);
    expect(r.ruledOut.length).toBeGreaterThan(0);
  });

  it.each([
    'han siger ikke at far slår ham, men han har blå mærker',
    'han siger ikke at far slår ham',
    'ingen tegn på vold, men hun har blå mærker på halsen',
    'jeg tror ikke der er tegn på vold, men jeg er usikker',
    'ingen tegn på vold hos os, men mor siger at far slår drengen',
    'hun vil ikke sige om far slår hende',
    'det er ikke første gang hun har blå mærker',
  ])('still warns: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it.each([
    ['mor drak ikke, og det var hende der kørte dem hjem', 'parentalSubstance'],
    ['far slår ikke drengen', 'violence'],
  ])('lowers the rule when "ikke" follows its verb in a main clause: %s', (text, ruleId) => {
    const r = classifier.classify(text);
    expect(r.ruledOut.map((f) => f.ruleId)).toContain(ruleId);
    expect(r.safetyFindings.map((f) => f.ruleId)).not.toContain(ruleId);
  });

  it.each([
    'far slår ikke kun drengen',
    'far slår ikke drengen, men hans søster',
    'mor drikker ikke længere kun i weekenden',
    'hun tør ikke gå hjem i aften',
  ])('keeps the warning when "ikke" after the verb only narrows it or is the sign: %s', (text) => {
    expect(classifier.classify(text).dutyToNotify).toBe(true);
  });

  it('reads old, treated self-harm without new marks as the past (ruled out, not raised)', () => {
    const r = classifier.classify(
      'a 15 year old has old white scars on her forearms from self-harm two years ago, she was in treatment at BUP and there have been no new marks for 18 months',
    );
    expect(r.ruledOut.map((f) => f.ruleId)).toContain('selfHarm');
    expect(r.safetyFindings.map((f) => f.ruleId)).not.toContain('selfHarm');
  });

  it('reads a crush as the secret, not a secret with an adult (ruled out, not raised)', () => {
    const r = classifier.classify(
      'hun sagde "det må du ikke sige til nogen" - hun er forelsket i en dreng fra parallelklassen',
    );
    expect(r.safetyFindings.map((f) => f.ruleId)).not.toContain('secretWithAdult');
  });

  it('keeps a burn the parent says came from the stove when the writer says the story does not fit', () => {
    const r = classifier.classify(
      'the boy (20 months) has two small round wounds on the back of his hand. Mum says he touched the stove, but they are completely round and the same.',
    );
    expect(r.dutyToNotify).toBe(true);
  });

  it('keeps the acute warning when the danger is not denied', () => {
    expect(classifier.classify('hun er ikke i umiddelbar fare').acute).toBe(false);
    expect(classifier.classify('hun er bange for at gå hjem og det er ikke første gang').acute).toBe(true);
  });
});

describe('classify: adding harmless sentences never removes a warning (property)', () => {
  const warned = HELD_OUT.filter((v) => v.notify);
  const harmless = [
    'Ingen tegn på vold.',
    'Han er glad for at lege.',
    'Mor er syg med influenza.',
    'Vi legede slå-på-tæppe.',
    'Hun drikker ikke nok vand.',
    'Far slog græsset.',
    'No signs of neglect.',
    'Der er ingen mistanke om misbrug.',
  ];
  it('holds for the held-out cases with any harmless sentences before and after', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...warned),
        fc.array(fc.constantFrom(...harmless), { maxLength: 3 }),
        fc.array(fc.constantFrom(...harmless), { maxLength: 3 }),
        (vignette, before, after) => {
          const r = classifier.classify([...before, vignette.text, ...after].join(' '));
          return r.dutyToNotify && (!vignette.acute || r.acute);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('readsAsConcern', () => {
  it.each([
    'en elev fortæller at hendes far slår hende, hvad gør jeg?',
    'jeg er bekymret for en dreng i 3. klasse',
    'pigen på 4 år taler meget lidt',
    'han har blå mærker igen',
    'a student told me her dad hits her',
  ])('claims %s', (text) => {
    expect(classifier.readsAsConcern(text)).toBe(true);
  });

  it.each([
    'hvad siger politikken om inklusion?',
    'hvornår er der skolestart i Herning?',
    'hvad er reglerne for underretning ved vold?',
    'what does the policy say about learning?',
    'tak for hjælpen',
  ])('leaves %s to the policy Q&A', (text) => {
    expect(classifier.readsAsConcern(text)).toBe(false);
  });
});

describe('classify: first steps', () => {
  it('leaves out steps that do not fit when the duty to notify is raised', () => {
    const referral = /anonym familierådgivning/;
    expect(
      classifier
        .classify('forældrene er gået fra hinanden, drengen på 6 er ked af det')
        .nextSteps.some((s) => referral.test(s.da)),
    ).toBe(true);
    expect(
      classifier.classify('drengen på 6 siger at far slår ham').nextSteps.some((s) => referral.test(s.da)),
    ).toBe(false);
  });
});

describe('a setting read from weak cues', () => {
  it.each([
    // A baby with no setting named is seen at home by the health visitor.
    ['dreng 4 mdr sover dårligt og forældrene er trætte', 'social'],
    ['baby på 5 uger græder meget om aftenen, forældrene skiftes til at gå med ham', 'social'],
    ['At the 4 month visit the baby girl was a little behind on her weight curve', 'social'],
    // A baby in a named daycare stays with the daycare.
    ['dreng 11 mdr i vuggestuen bider de andre børn', 'dagtilbud'],
    // Daycare named inside a compound or by a room colour.
    ['en pige faldt i skovbørnehaven i dag og slog knæet, vi så det og har plastret', 'dagtilbud'],
    ['specialdagtilbuddet: en dreng bider de andre børn når han bliver frustreret', 'dagtilbud'],
    ['drengen på blå stue har svært ved at falde til ro ved middagsluren', 'dagtilbud'],
  ])('%s suggests the %s pathway', (text, pathway) => {
    expect(classifier.classify(text).pathway).toBe(pathway);
  });
});
