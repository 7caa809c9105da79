/**
 * Issue 4, shared taxonomy: population, theme and programme concepts kept as data
 * (data/reference/concepts.json), SKOS-like (code, preferred and alternative labels, broader /
 * narrower), labelled in English and Welsh; each partnership's own wording kept as written and
 * mapped to concepts.
 */
import { conceptSchemes, readDataSet, type DataSet } from '../src/modules/import/data-files';
import { ImportService } from '../src/modules/import/import.service';
import { InterchangeError, parsePartnershipFile, parseReferenceFile } from '../src/modules/import/interchange.validate';
import { Programme } from '../src/modules/partnership/partnership.enum';
import { PROGRAMME_CONCEPT } from '../src/modules/taxonomy/concept.enum';
import {
  ConceptInLanguageDocument,
  ConceptsDocument,
  PopulationMappingDocument,
  type ConceptsQuery,
  type PopulationMappingQuery,
} from './generated/graphql';
import { startTestHub, type TestHub } from './support/hub';

type Concept = ConceptsQuery['concepts']['edges'][number]['node'];
type Mapped = PopulationMappingQuery['partnerships']['edges'][number]['node'];

let t: TestHub;
let seed: DataSet;
let concepts: Map<string, Concept>;
let partnerships: Map<string, Mapped>;

beforeAll(async () => {
  t = await startTestHub();
  seed = readDataSet();
  const { concepts: list } = await t.client.data(ConceptsDocument, { first: 100 });
  concepts = new Map(list.edges.map((e) => [e.node.code, e.node]));
  const mapping = await t.client.data(PopulationMappingDocument, {});
  partnerships = new Map(mapping.partnerships.edges.map((e) => [e.node.slug, e.node]));
});
afterAll(() => t?.close());

const concept = (code: string) => {
  const found = concepts.get(code);
  if (!found) throw new Error(`no concept ${code}`);
  return found;
};

describe('concepts, loaded from data/reference/concepts.json', () => {
  test('every concept of the reference data is served, population, theme and programme schemes', () => {
    expect(concepts.size).toBe(seed.reference.concepts.length);
    const schemes = new Set([...concepts.values()].map((c) => c.scheme));
    expect([...schemes].sort()).toEqual(['POPULATION', 'PROGRAMME', 'THEME']);
    for (const code of ['ex-offenders', 'disability', 'mental-health', 'ethnic-minorities', 'asylum-seekers', 'homeless',
      'care-leavers', 'unemployed', 'women', 'rural-communities', 'substance-misuse']) {
      expect(concept(code).scheme).toBe('POPULATION');
    }
    expect(concept('social-economy').scheme).toBe('THEME');
    expect(concept('equal').scheme).toBe('PROGRAMME');
    expect(concept('esf').scheme).toBe('PROGRAMME');
  });

  test('every concept has an English and a Welsh (lang=cy) preferred label', () => {
    for (const c of concepts.values()) {
      expect(c.languages).toEqual(expect.arrayContaining(['en', 'cy']));
      const preferred = c.labels.filter((l) => l.kind === 'PREFERRED');
      expect(preferred.find((l) => l.lang === 'en')?.value).toBe(c.prefLabel);
      expect(preferred.find((l) => l.lang === 'cy')?.value).toBe(c.prefLabelCy);
      expect(c.prefLabelCy.length).toBeGreaterThan(2);
    }
    expect(concept('ex-offenders').prefLabelCy).toBe('Cyn-droseddwyr');
    expect(concept('disability').prefLabelCy).toBe('Pobl anabl');
    expect(concept('care-leavers').prefLabelCy).toBe('Gadawyr gofal');
    expect(concept('social-economy').prefLabelCy).toBe('Economi gymdeithasol');
    expect(concept('esf').prefLabelCy).toBe('Cronfa Gymdeithasol Ewrop (ESF)');
  });

  test('alternative labels and definitions per language', () => {
    expect(concept('substance-misuse').altLabels).toEqual(expect.arrayContaining(['Substance abusers', 'Drug and alcohol misusers']));
    expect(concept('care-leavers').altLabels).toContain('People leaving care');
    expect(concept('care-leavers').altLabelsCy).toContain("Pobl sy'n gadael gofal");
    expect(concept('social-economy').definition).toMatch(/^Strengthening the social economy/);
    expect(concept('social-economy').definitionCy).toMatch(/^Cryfhau'r economi gymdeithasol/);
  });

  test('broader and narrower links (SKOS-like), with ancestors from the top', () => {
    expect(concept('disability').narrower.map((c) => c.code)).toEqual(['physical-disability', 'learning-disability', 'sensory-impairment']);
    expect(concept('physical-disability').broader?.code).toBe('disability');
    expect(concept('asylum-seekers').broader?.code).toBe('migrants');
    expect(concept('neet').ancestors.map((c) => c.code)).toEqual(['young-people']);
    expect(concept('social-economy').ancestors.map((c) => c.code)).toEqual(['entrepreneurship']);
    expect(concept('ex-offenders').broader).toBeNull();
    expect(concept('ex-offenders').ancestors).toEqual([]);
  });

  test('a language without labels falls back to English for the preferred label and definition, not for synonyms', async () => {
    const { concept: fr } = await t.client.data(ConceptInLanguageDocument, { code: 'care-leavers', lang: 'fr' });
    expect(fr).toMatchObject({ prefLabel: 'Care leavers', altLabels: [], labels: [] });
    expect(fr?.definition).toMatch(/^Young people who have been looked after/);
    const { concept: cy } = await t.client.data(ConceptInLanguageDocument, { code: 'care-leavers', lang: 'cy' });
    expect(cy?.prefLabel).toBe('Gadawyr gofal');
    expect(cy?.labels.every((l) => l.lang === 'cy')).toBe(true);
  });

  test('a language code that is not ISO 639-1 is refused with BAD_USER_INPUT', async () => {
    const result = await t.client.request(ConceptInLanguageDocument, { code: 'care-leavers', lang: 'Welsh' });
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/ISO 639-1/);
  });

  test('concepts list filters: scheme, within (a concept and its narrower ones), top level, and/or/not', async () => {
    const codes = async (filter: object) =>
      (await t.client.data(ConceptsDocument, { filter, first: 100 })).concepts.edges.map((e) => e.node.code);
    expect(await codes({ schemes: ['PROGRAMME'] })).toEqual(['equal', 'esf', 'other-programme']);
    expect(await codes({ within: ['disability'] })).toEqual(['disability', 'physical-disability', 'learning-disability', 'sensory-impairment']);
    expect(await codes({ within: ['disability'], not: { codes: ['disability'] } })).toEqual(['physical-disability', 'learning-disability', 'sensory-impairment']);
    expect(await codes({ schemes: ['THEME'], topLevel: true })).toEqual([
      'employability', 'entrepreneurship', 'adaptability', 'equal-opportunities-women-men', 'integration-of-asylum-seekers',
    ]);
    expect(await codes({ or: [{ codes: ['women'] }, { within: ['migrants'] }] })).toEqual(['migrants', 'asylum-seekers', 'women']);
    const unknown = await t.client.request(ConceptsDocument, { filter: { within: ['martians'] } });
    expect(unknown.errors?.[0]).toMatchObject({ message: 'filter.within[0]: unknown concept "martians"', extensions: { code: 'BAD_USER_INPUT' } });
  });

  test('every value of the Programme enum has its PROGRAMME concept', () => {
    for (const programme of Object.values(Programme)) expect(concept(PROGRAMME_CONCEPT[programme]).scheme).toBe('PROGRAMME');
  });
});

describe("each partnership's own wording, kept as written and mapped to concepts", () => {
  const group = (slug: string, list: 'targetGroups' | 'beneficiaryCategories', label: string) => {
    const found = partnerships.get(slug)![list].filter((g) => g.label === label);
    expect(found).toHaveLength(1);
    return found[0].concepts.map((c) => c.code);
  };

  test('"Substance abusers" and "Drug and alcohol misusers" are both substance misuse', () => {
    expect(group('powys-equals', 'targetGroups', 'Substance abusers')).toEqual(['substance-misuse']);
    expect(group('powys-equals', 'beneficiaryCategories', 'Drug and alcohol misusers')).toEqual(['substance-misuse']);
  });

  test('"People with physical disabilities" is physical disability, narrower than disability', () => {
    expect(group('powys-equals', 'targetGroups', 'People with physical disabilities')).toEqual(['physical-disability']);
    expect(concept('physical-disability').broader?.code).toBe('disability');
  });

  test('one wording can stand for several concepts, in the order the file gives', () => {
    expect(group('black-country-lead', 'targetGroups', 'Asian women')).toEqual(['ethnic-minorities', 'women']);
    expect(group('conwy', 'targetGroups', 'a physical disability or sensory impairment')).toEqual(['physical-disability', 'sensory-impairment']);
    expect(group('bury-est', 'beneficiaryCategories', 'Young care leavers')).toEqual(['care-leavers']);
  });

  test('every partnership maps its population lists; wording with no fitting concept stays unmapped', () => {
    for (const p of partnerships.values()) {
      const groups = [...p.targetGroups, ...p.beneficiaryCategories];
      expect(groups.filter((g) => g.concepts.length).length).toBeGreaterThanOrEqual(groups.length - 1);
    }
    expect(group('powys-equals', 'beneficiaryCategories', 'Other')).toEqual([]);
    // The source wording is untouched: the labels are the files' labels.
    const file = seed.partnerships.find((p) => p.file.partnership.slug === 'seem')!.file;
    expect(partnerships.get('seem')!.targetGroups.map((g) => g.label)).toEqual(file.targetGroups.map((g) => g.label));
  });

  test('themes and programmes map to THEME and PROGRAMME concepts, with Welsh labels', () => {
    const powys = partnerships.get('powys-equals')!;
    expect(powys.theme).toBe('Social economy');
    expect(powys.themeConcept).toMatchObject({ code: 'social-economy', prefLabelCy: 'Economi gymdeithasol', ancestors: [{ code: 'entrepreneurship' }] });
    expect(powys.programmeConcept).toMatchObject({ code: 'equal', prefLabel: 'EQUAL Community Initiative', prefLabelCy: 'Menter Gymunedol EQUAL' });
    expect(partnerships.get('conwy')!.programmeConcept?.code).toBe('esf');
    expect(partnerships.get('conwy')!.themeConcept).toBeNull();
  });
});

describe('the interchange format checks concept references', () => {
  const context = () => ({
    readDocumentText: (name: string) => seed.documentTexts.get(name),
    placeKeys: new Set(seed.reference.places.map((p) => p.key)),
    concepts: conceptSchemes(seed.reference),
  });
  const powysFile = () =>
    structuredClone(seed.partnerships.find((p) => p.file.partnership.slug === 'powys-equals')!.file) as unknown as Record<string, any>;

  test('unknown concept codes, concepts of the wrong scheme and repeats are errors located by path', () => {
    const file = powysFile();
    file.targetGroups[2].concepts = ['martians'];
    file.beneficiaryCategories[1].concepts = ['social-economy', 'substance-misuse', 'substance-misuse'];
    file.partnership.themeConcept = 'ex-offenders';
    try {
      parsePartnershipFile('powys-equals.json', file, context());
      throw new Error('expected a failure');
    } catch (e) {
      expect(e).toBeInstanceOf(InterchangeError);
      expect((e as InterchangeError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual([
        'partnership.themeConcept: "ex-offenders" is a POPULATION concept, not a THEME concept',
        'targetGroups[2].concepts[0]: unknown concept "martians"',
        'beneficiaryCategories[1].concepts[0]: "social-economy" is a THEME concept, not a POPULATION concept',
        'beneficiaryCategories[1].concepts[2]: concept "substance-misuse" is listed twice',
      ]);
    }
  });

  test('`concepts` is optional: a file without it is still valid (backward compatible)', () => {
    const file = powysFile();
    for (const g of [...file.targetGroups, ...file.beneficiaryCategories]) delete g.concepts;
    delete file.partnership.themeConcept;
    const parsed = parsePartnershipFile('powys-equals.json', file, context());
    expect(parsed.targetGroups.every((g) => g.concepts.length === 0)).toBe(true);
  });

  test('reference files: duplicate codes, unknown or cross-scheme broader concepts and cycles are refused', () => {
    const concept = (code: string, scheme: string, broader?: string) => ({ code, scheme, broader, prefLabel: { en: code } });
    expect(() =>
      parseReferenceFile('concepts.json', { formatVersion: 1, concepts: [{ code: 'e', scheme: 'POPULATION', prefLabel: { cy: 'Dim Saesneg' } }] }),
    ).toThrow('concepts[0].prefLabel: needs an English ("en") label');
    try {
      parseReferenceFile('concepts.json', {
        formatVersion: 1,
        concepts: [concept('a', 'POPULATION', 'b'), concept('b', 'POPULATION', 'a'), concept('c', 'POPULATION', 'nowhere'), concept('d', 'THEME', 'c'), concept('a', 'POPULATION')],
      });
      throw new Error('expected a failure');
    } catch (e) {
      expect((e as InterchangeError).problems.map((p) => `${p.path}: ${p.message}`)).toEqual(
        expect.arrayContaining([
          'concepts[4].code: duplicate concept code "a"',
          'concepts[0].broader: the broader chain of "a" has a cycle',
          'concepts[2].broader: unknown concept "nowhere"',
          'concepts[3].broader: "c" is a POPULATION concept; a THEME concept\'s broader concept is in its own scheme',
        ]),
      );
    }
  });
});

describe('the importer keeps the mapping in step with the file', () => {
  const importer = () => new ImportService(t.hub.orm.em.fork());
  const entry = () => seed.partnerships.find((p) => p.file.partnership.slug === 'powys-equals')!;

  test('a changed mapping is updated in place; the wording stays; the seed file restores it', async () => {
    const file = structuredClone(entry().file);
    file.targetGroups[6].concepts = ['substance-misuse', 'homeless'];
    file.beneficiaryCategories[0].concepts = [];
    await importer().importPartnership('powys-equals.json', file, JSON.stringify(file), seed.documentTexts);
    let powys = (await t.client.data(PopulationMappingDocument, {})).partnerships.edges.find((e) => e.node.slug === 'powys-equals')!.node;
    expect(powys.targetGroups[6]).toMatchObject({ label: 'Substance abusers', concepts: [{ code: 'substance-misuse' }, { code: 'homeless' }] });
    expect(powys.beneficiaryCategories[0]).toMatchObject({ label: 'Asylum seekers', concepts: [] });

    await importer().importPartnership('powys-equals.json', entry().file, entry().raw, seed.documentTexts);
    powys = (await t.client.data(PopulationMappingDocument, {})).partnerships.edges.find((e) => e.node.slug === 'powys-equals')!.node;
    expect(powys).toEqual(partnerships.get('powys-equals'));
  });

  test('without `themeConcept`, a theme whose wording is a THEME concept label (any case) maps to it', async () => {
    const file = structuredClone(entry().file);
    delete file.partnership.themeConcept;
    file.partnership.theme = 'SOCIAL ECONOMY';
    await importer().importPartnership('powys-equals.json', file, JSON.stringify(file), seed.documentTexts);
    const mapped = async () =>
      (await t.client.data(PopulationMappingDocument, {})).partnerships.edges.find((e) => e.node.slug === 'powys-equals')!.node;
    expect((await mapped()).themeConcept?.code).toBe('social-economy');
    file.partnership.theme = 'Something else entirely';
    await importer().importPartnership('powys-equals.json', file, JSON.stringify(file), seed.documentTexts);
    expect((await mapped()).themeConcept).toBeNull();
    await importer().importPartnership('powys-equals.json', entry().file, entry().raw, seed.documentTexts);
    expect((await mapped()).themeConcept?.code).toBe('social-economy');
  });
});
