import type { policy as danish } from '../da/policy';

/**
 * English texts for the policy capability (same shape as the Danish ones). The quoted passages stay
 * in Danish: only the framing around them is English.
 */
export const policy: typeof danish = {
  answer: {
    intro: "Here is what the municipality's documents say (quoted in Danish):",
    introAiGenerated:
      "Answer written from the municipality's documents (quotes in Danish; please check the sources):",
    followUpsLine: (topics: readonly string[]) => `You can also ask about: ${topics.join(' · ')}`,
  },
  noAnswer: {
    noMatch:
      "The municipality's documents do not answer this, and I will not guess. Please ask your manager or the relevant professional.",
    outOfScope:
      "That question is outside the documents I know. I only answer from the municipality's policies and strategies for children and young people.",
    pointers: {
      general: 'Please ask your line manager, who can point you further.',
      holidays:
        'Holidays and days off are agreed with your manager; school holiday plans are on the school or municipal website.',
      pay: 'Questions about pay and allowances are answered by your manager or Payroll and HR.',
      leave:
        "Sick leave, care days and leave follow your workplace's guidelines: please ask your manager or HR.",
      prices: "Prices and parental payment are on the municipality's website (childcare allocation).",
      budget:
        "The budget belongs to Børn og Unge's finance team and the city council's budget agreement on the municipal website.",
      it: 'Please contact IT support (the service desk) about access, equipment and IT security.',
      institution:
        "An institution's opening hours and contact details are with the institution itself or on its website.",
      familyAdvice:
        'Advice on talking with a child about divorce and other family matters is available from PPR, the health visitors or the family counselling service.',
      illness:
        "When a sick child must stay at home is set out in the day-care or school's own guidelines; ask its leader or the health visitors.",
      people: "Names of politicians and managers are on the municipality's website.",
      otherMunicipality:
        "I only know Herning Kommune's documents. Please ask the other municipality or see its website.",
      otherPolicy:
        "That policy is not among the documents I know. Please ask the department that owns it or see the municipality's website.",
      weather: "That is not part of the municipality's policies; see for example DMI.",
      food: 'Please ask your workplace about the canteen and lunch arrangements.',
      pupilTransport:
        "Transport for pupils, for example to a special school, is granted by the municipality's visitation and transport office; ask the school office.",
      leisure:
        'Leisure offers such as the music school, the art school and clubs belong to Kultur og Fritid; see the municipal website.',
      transport: "Please ask your workplace or the town hall's reception about parking and transport.",
      events: 'Workplace events are agreed locally: please ask your manager.',
      complaints:
        "A complaint about a decision or a member of staff follows the rules in the decision or letter received; ask your manager or the municipality's citizen service.",
      waitingTimes:
        'Waiting times are given by each service itself (for example PPR or the health visitors); please ask them directly.',
      fines:
        "Questions about fines and sanctions, for example under data protection rules, are answered by the municipality's data protection officer or legal team.",
      training:
        'Courses and further training are agreed with your manager; the course calendar is on the intranet.',
      casework:
        'How a case is handled after a notification (the assessment, how long it takes) and what the police do is not in the documents; ask the children and families advice service (Børn og Unge-rådgivningen).',
      placeApplication:
        "Places in daycare, after-school care and school are applied for through the placement office (Pladsanvisningen) on the municipality's website.",
      statistics:
        "Figures and statistics are not in the documents; see for example the municipality's quality report or Statistics Denmark.",
      medication:
        "Medicine for a child at school, after-school care or daycare is given under the setting's own guidelines and a written agreement with the parents; ask your manager.",
      classSize:
        'How many pupils a class may have is not in the documents; it follows the Folkeskole Act and the school management, so ask your head teacher.',
      activityIdeas:
        'Ideas for play and activities are not in the documents; ask your colleagues, your pedagogical lead or PPR.',
      dataRetention:
        "How long notes and records are kept is not in the documents; ask your manager or the municipality's data protection officer.",
      employment:
        'A child certificate, time off in lieu and other terms of employment are agreed with your manager and HR (Løn og Personale).',
      buildings:
        "Heating, repairs and other building matters go to your manager, who contacts the municipality's property service.",
      policyRevision:
        'When a policy is revised is decided by the city council; ask the Children and Youth secretariat.',
    },
    closestTopics: 'The closest topics in the documents:',
    rephrase: 'You could try asking in other words.',
  },
  input: {
    empty: 'Please type your question in plain words, for example "What is Herningmodellen?"',
    noWords:
      'I could not find any words to search for in your message. Please type your question in plain words, for example "What are the themes of the children and youth policy?"',
    tooLong: (max: number) =>
      `Your question is too long for me. Please shorten it (at most ${max} characters) or split it into several questions.`,
  },
  cprReminder:
    'Remember: CPR numbers must not be shared in chat. I removed the number and neither used nor stored it. Please delete your message and use age or grade instead.',
  failure: 'I could not look up the answer right now. Please try again shortly.',
  feedback: {
    cardTitle: 'Was this answer helpful?',
    helpful: 'Yes, helpful',
    notHelpful: 'No, not helpful',
    commentLabel: 'Comment (optional, no names or CPR numbers)',
    commentPlaceholder: 'What was missing or good?',
    thanks: 'Thank you for your feedback. It helps us improve the answers.',
    notStored: 'Your feedback could not be saved right now. Please try again shortly.',
  },
  search: {
    hint: 'Type a topic, for example "Herningmodellen" or "forældresamarbejde".',
    noResults: 'No section in the documents matches the search. Try another word.',
    starterQueries: [
      'Børne- og Ungepolitikken',
      'Meningsfulde Fællesskaber',
      'Herningmodellen Børn og Unge',
      'Herningmodel Social',
      'Herningmodel Dagtilbud',
      'Herningmodel Skolestart',
      'Herningmodel Skole',
      'Børne- og Ungesyn',
    ],
    sectionLabel: 'Section',
    sourceLabel: 'Source',
    openSource: 'Open the source',
    citedFrom: "Quoted from the municipality's documents",
  },
};
