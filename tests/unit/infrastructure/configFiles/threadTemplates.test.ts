import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { THREAD_PATHWAY_IDS } from '../../../../src/domain/shared/pathwayId';
import { ConfigFileError } from '../../../../src/infrastructure/configFiles/loadYamlConfig';
import { loadRoleDirectory } from '../../../../src/infrastructure/configFiles/roleDirectory';
import {
  loadThreadTemplates,
  THREAD_TEMPLATES_FILE,
} from '../../../../src/infrastructure/configFiles/threadTemplates';

const CONFIG = join(__dirname, '../../../../config');
const roles = loadRoleDirectory(CONFIG);
const shipped = readFileSync(join(CONFIG, THREAD_TEMPLATES_FILE), 'utf8');

function withFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'thread-templates-'));
  writeFileSync(join(dir, THREAD_TEMPLATES_FILE), text);
  return dir;
}

function errorOf(text: string): ConfigFileError {
  try {
    loadThreadTemplates(withFile(text), roles);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigFileError);
    return error as ConfigFileError;
  }
  throw new Error('the file was accepted');
}

function lineOf(text: string, needle: string): number {
  return text.split('\n').findIndex((l) => l.includes(needle)) + 1;
}

/** Every "involve" suggestion the pathway card can show, by its Danish text. */
function involveTexts(): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'involve' && Array.isArray(value)) value.forEach((v: { da: string }) => found.add(v.da));
        else if (key === 'involveFromAge' && Array.isArray(value))
          value.forEach((v: { role: { da: string } }) => found.add(v.role.da));
        else walk(value);
      }
    }
  };
  for (const file of ['pathways.yaml', 'safety.yaml']) walk(parse(readFileSync(join(CONFIG, file), 'utf8')));
  return [...found];
}

describe('loadThreadTemplates', () => {
  it('loads the shipped file: every pathway has roles to invite or first tasks, all known roles', () => {
    const templates = loadThreadTemplates(CONFIG, roles);
    for (const pathway of THREAD_PATHWAY_IDS) {
      const template = templates.templateFor(pathway);
      expect(template.invite.length + template.firstTasks.length).toBeGreaterThan(0);
      for (const id of [...template.invite, ...template.firstTasks.map((t) => t.ownerRole)])
        expect(roles.roleIds.has(id)).toBe(true);
      for (const task of template.firstTasks) {
        expect(task.title.da).not.toEqual(task.title.en);
        expect(task.dueDays).toBeGreaterThanOrEqual(0);
      }
    }
    expect(templates.templateFor('dagtilbud').invite).toEqual([
      'dagtilbudsleder',
      'ppr-psykolog',
      'sundhedsplejerske',
    ]);
  });

  it('maps every involve suggestion in pathways.yaml and safety.yaml, so none silently drops out', () => {
    const mapped = parse(shipped).involveRoles.map((m: { involve: string }) => m.involve);
    const texts = involveTexts();
    expect(texts.length).toBeGreaterThan(10);
    expect(texts.filter((text) => !mapped.includes(text))).toEqual([]);
  });

  it('turns the card suggestions into roles in order, without repeats, ignoring case and spacing', () => {
    const templates = loadThreadTemplates(CONFIG, roles);
    expect(
      templates.rolesForInvolve([
        'PPR (psykolog eller tale-hørekonsulent)',
        'ppr',
        '  Sundhedsplejerske ',
        'Politi (112 / 114)',
        'Something nobody mapped',
      ]),
    ).toEqual(['ppr-psykolog', 'tale-hoerekonsulent', 'sundhedsplejerske']);
  });

  it('names the line and field of a role that is not in roles.yaml', () => {
    const text = shipped.replace(
      'invite: [skoleleder, ppr-psykolog, raadgiver]',
      'invite: [skoleleder, ppr-psykolog, rektor]',
    );
    const error = errorOf(text);
    expect(error.file).toMatch(/threadTemplates\.yaml$/);
    expect(error.problems).toEqual([
      {
        line: lineOf(text, 'rektor'),
        field: 'templates.skole.invite.2',
        message: '"rektor" is not a role in roles.yaml',
      },
    ]);
    expect(error.message).toContain(`line ${lineOf(text, 'rektor')}: templates.skole.invite.2`);
  });

  it('names a first task without a valid due day count or owner role', () => {
    const text = shipped
      .replace('dueDays: 3', 'dueDays: -3')
      .replace('ownerRole: raadgiver\n        dueDays: 7', 'ownerRole: skolebibliotekar\n        dueDays: 7');
    const problems = errorOf(text).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'templates.social.firstTasks.0.dueDays',
          line: lineOf(text, 'dueDays: -3'),
        }),
        expect.objectContaining({
          field: 'templates.andet.firstTasks.0.ownerRole',
          line: lineOf(text, 'skolebibliotekar'),
        }),
      ]),
    );
  });

  it('requires a template for every pathway and both languages of a task title', () => {
    const noAndet = shipped.replace(/\n {2}andet:[\s\S]*?\n\ninvolveRoles:/, '\n\ninvolveRoles:');
    expect(errorOf(noAndet).problems.map((p) => p.field)).toEqual(['templates.andet']);
    const noEnglish = shipped.replace(
      '          en: Write down what has concretely been seen and heard, with dates\n',
      '',
    );
    expect(errorOf(noEnglish).problems.map((p) => p.field)).toEqual([
      'templates.social.firstTasks.0.title.en',
    ]);
  });

  it('refuses an involve suggestion listed twice, an unknown field and broken YAML', () => {
    const twice = `${shipped}\n  - { involve: ppr, roles: [ppr-psykolog] }\n`;
    expect(errorOf(twice).problems).toEqual([
      expect.objectContaining({ field: `involveRoles.${parse(shipped).involveRoles.length}.involve` }),
    ]);
    expect(errorOf(shipped.replace('  skole:\n', '  skole:\n    colour: blue\n')).problems[0].field).toBe(
      'templates.skole',
    );
    expect(errorOf('version: 1\ntemplates: [unclosed').problems[0].message).toMatch(/^YAML syntax/);
  });

  it('gives no suggestions and no first tasks when the file is absent', () => {
    const templates = loadThreadTemplates(mkdtempSync(join(tmpdir(), 'no-templates-')), roles);
    expect(templates.templateFor('skole')).toEqual({ invite: [], firstTasks: [] });
    expect(templates.rolesForInvolve(['PPR'])).toEqual([]);
  });
});
