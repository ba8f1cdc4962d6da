import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadBlindSets, loadBlindVignettes, scoreHalf } from '../../../../src/cli/evaluations/pathway';
import {
  loadQuestionSet,
  poolQuestionSets,
  questionFiles,
  questionsFor,
} from '../../../../src/cli/evaluations/policyQa/questionSets';
import { projectClassifier } from '../../domain/pathways/testConfig';

const EVAL_DIR = join(__dirname, '..', '..', '..', 'fixtures', 'evalHalves');

describe('blind concern sets', () => {
  it('loads every concerns-*.yaml of a half as its own set, in name order', () => {
    const sets = loadBlindSets('dev', EVAL_DIR);
    expect(sets?.map((s) => [s.name, s.vignettes.length])).toEqual([
      ['concerns-a', 1],
      ['concerns-b', 2],
    ]);
    expect(loadBlindVignettes('dev', EVAL_DIR)).toHaveLength(3);
  });

  it('loads a retired former sealed half like any other readable half', () => {
    expect(loadBlindSets('retired', EVAL_DIR)?.map((s) => [s.name, s.vignettes.length])).toEqual([
      ['concerns-z', 1],
    ]);
  });

  it('reports a missing half as absent rather than empty figures', () => {
    expect(loadBlindSets('sealed', EVAL_DIR)).toBeUndefined();
  });

  it('scores each file beside the pooled figures, keeping the pooled keys', () => {
    const half = scoreHalf(projectClassifier(), loadBlindSets('dev', EVAL_DIR)!);
    expect(half.vignettes).toBe(3);
    expect(half).toHaveProperty('notifyRecall');
    expect(half).toHaveProperty('misses');
    const files = half.files as Record<string, { vignettes: number; notifyCases: number }>;
    expect(Object.keys(files)).toEqual(['concerns-a', 'concerns-b']);
    expect(files['concerns-a'].vignettes).toBe(1);
    expect(files['concerns-b'].notifyCases).toBe(1);
  });
});

describe('blind question sets', () => {
  it('lists every questions*.yaml of a half, in file-name order, and nothing else', () => {
    expect(questionFiles('dev', EVAL_DIR).map((f) => f.name)).toEqual(['questions-2', 'questions']);
    expect(questionFiles('sealed', EVAL_DIR)).toEqual([]);
  });

  it('pools the files with string and tagged out-of-scope items alike', () => {
    const sets = questionFiles('dev', EVAL_DIR).map((f) => loadQuestionSet(f.file));
    const pooled = poolQuestionSets(sets);
    expect(pooled.answerable.map((a) => a.q)).toEqual([
      'hvornår kommer sundhedsplejen',
      'hvad er tavshedspligt',
    ]);
    expect(pooled.english).toHaveLength(1);
    expect(pooled.outOfScope).toEqual([
      'hvor mange feriedage har jeg',
      'hvad siger Ikast-Brandes politik',
      'hvad tjener en lærer',
    ]);
  });

  it('asks a question only of a collection it names sections of: an empty list names none', () => {
    const set = {
      answerable: [
        { q: 'kun i startpakken', starter: ['Tavshedspligt'], corpus: [], evidence: ['x'] },
        { q: 'i begge', starter: ['Tavshedspligt'], corpus: ['Børn og Unge'], evidence: ['x'] },
      ],
      english: [],
      outOfScope: [],
    };
    expect(questionsFor(set, 'corpus').map((q) => q.q)).toEqual(['i begge']);
    expect(questionsFor(set, 'starter').map((q) => q.q)).toEqual(['kun i startpakken', 'i begge']);
  });
});

describe('a question file whose tags YAML reads as numbers', () => {
  it('loads, a bare year tag read as its text', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'questions-')), 'questions-x.yaml');
    writeFileSync(
      file,
      'answerable:\n- q: hvornår er politikken fra\n  starter: [Formål]\n  tags: [politik, 2018]\noutOfScope:\n- q: hvad er lønnen\n  tags: [2024]\n',
    );
    const set = loadQuestionSet(file);
    expect(set.answerable[0].tags).toEqual(['politik', '2018']);
    expect(set.outOfScope).toEqual(['hvad er lønnen']);
  });
});
