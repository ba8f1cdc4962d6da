export {
  countedNoun,
  measureAsked,
  measureKind,
  isUnitOf,
  measureWord,
  quantifies,
  statesMeasure,
} from './answerType/counting';
export { asksForAction, asksForOpinion } from './answerType/requests';
export {
  definedTerm,
  definesTerm,
  definingSubject,
  explainedTerm,
  termNamedFirst,
  isIndirectDefinition,
} from './answerType/definitions';
export {
  asksForDate,
  asksForDetail,
  asksForDuration,
  asksForSection,
  asksForYear,
  detectDemand,
  detectNamedMembers,
  detailPhrasesOf,
  expansionAsked,
  spellsOut,
  holdsDate,
  holdsDuration,
  holdsFigure,
  holdsSection,
  holdsYear,
  statedValueTest,
  meetsDemand,
  namesMembers,
  type Demand,
} from './answerType/demands';
export {
  asksForNamedInstitutions,
  asksForNamedTool,
  asksForNamedPerson,
  namesPerson,
  namesInstitution,
  namesSomething,
} from './answerType/namedThings';
export { documentContentAsked } from './answerType/otherTexts';
export {
  answerTypeScore,
  detectAnswerType,
  headingAnnounces,
  isEnumeration,
  LAW_QUESTION_WORDS,
  type AnswerType,
} from './answerType/questionType';
