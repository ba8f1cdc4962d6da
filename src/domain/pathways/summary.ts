import type { PathwayClassification } from './classification';
import type { Language } from '../shared/language';
import type { PathwayId } from '../shared/pathwayId';
import type { Speaker } from './speaker';
import type { PathwayGuidanceConfig } from './schema';

/**
 * A pseudonymous summary for a coordination thread: age or grade, setting and the categories of
 * signals. Built only from what the classifier recognised, never from the user's own words, so it
 * carries no names, no CPR numbers and no family details beyond the category.
 */
export interface PseudonymousSummary {
  readonly pathway: PathwayId;
  readonly ageOrGrade: string;
  readonly summary: string;
}

const SOURCES: Partial<Record<Speaker, { da: string; en: string }>> = {
  child: { da: 'barnet selv', en: 'the child' },
  parent: { da: 'en forælder', en: 'a parent' },
  staff: { da: 'egne iagttagelser', en: 'own observations' },
  other: { da: 'en anden (fx kammerat eller søskende)', en: 'someone else (e.g. a friend or sibling)' },
};

function formatAge(years: number, language: Language): string {
  if (years < 1) {
    const months = Math.round(years * 12);
    return language === 'en' ? `${months} months` : `${months} mdr.`;
  }
  const whole = Math.floor(years);
  const half = years - whole >= 0.5;
  if (language === 'en') return `${half ? `${whole}½` : whole} years`;
  return `${half ? `${whole}½` : whole} år`;
}

function formatGrade(grade: { min: number; max: number }, language: Language): string {
  if (grade.min === grade.max) {
    if (language === 'en') return grade.min === 0 ? 'reception class (0. klasse)' : `grade ${grade.min}`;
    return `${grade.min}. klasse`;
  }
  return language === 'en' ? `grades ${grade.min}-${grade.max}` : `${grade.min}.-${grade.max}. klasse`;
}

export function describeAgeOrGrade(classification: PathwayClassification, language: Language): string {
  const { context } = classification;
  const parts: string[] = [];
  if (context.grade) parts.push(formatGrade(context.grade, language));
  if (context.ageYears !== undefined) parts.push(formatAge(context.ageYears, language));
  if (parts.length === 0 && context.pregnancy) parts.push(language === 'en' ? 'unborn child' : 'ufødt barn');
  if (parts.length === 0) return language === 'en' ? 'not stated' : 'ikke oplyst';
  return parts.join(', ');
}

export function buildPseudonymousSummary(
  classification: PathwayClassification,
  config: PathwayGuidanceConfig,
  language: Language = 'da',
): PseudonymousSummary {
  const en = language === 'en';
  const pathwayName = (id: PathwayId): string =>
    config.pathways.pathways.find((p) => p.id === id)?.name[language] ?? id;
  const settingNames = classification.context.settings.map(
    (id) => config.pathways.settings.find((s) => s.id === id)?.label[language] ?? id,
  );
  const safetyCategories = classification.safetyFindings.map((f) => f.label[language]);
  const signalCategories = [...new Set(classification.signalFindings.map((s) => s.label[language]))];
  const ageOrGrade = describeAgeOrGrade(classification, language);
  const lines = [
    `${en ? 'Age/grade' : 'Alder/klassetrin'}: ${ageOrGrade}`,
    `${en ? 'Setting' : 'Sted'}: ${settingNames.length > 0 ? settingNames.join(', ') : en ? 'not stated' : 'ikke oplyst'}`,
  ];
  if (classification.context.pregnancy)
    lines.push(en ? 'Concerns an expected child' : 'Drejer sig om et ventet barn');
  const source = SOURCES[classification.context.speaker];
  if (source) lines.push(`${en ? 'Source' : 'Kilde'}: ${source[language]}`);
  if (safetyCategories.length > 0) {
    lines.push(`${en ? 'Safety signals' : 'Sikkerhedssignaler'}: ${safetyCategories.join(', ')}`);
  }
  if (signalCategories.length > 0) {
    lines.push(`${en ? 'Other signals' : 'Øvrige signaler'}: ${signalCategories.join(', ')}`);
  }
  lines.push(`${en ? 'Suggested pathway' : 'Foreslået forløb'}: ${pathwayName(classification.pathway)}`);
  if (classification.dutyToNotify) {
    lines.push(
      en
        ? 'Duty to notify raised: a written notification goes through the official channel, not this thread.'
        : 'Underretningspligt rejst: underretningen sendes skriftligt ad den officielle vej, ikke i denne tråd.',
    );
  }
  return { pathway: classification.pathway, ageOrGrade, summary: lines.join('\n') };
}
