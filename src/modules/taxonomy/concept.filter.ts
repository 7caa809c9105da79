import { Field, InputType } from 'type-graphql';
import { compileCombinable, withinPath, type Condition, type FilterScope } from '../../graphql/filter';
import { ConceptScheme } from './concept.enum';
import { conceptByCodeLoader } from './concept.loader';
import type { ConceptType } from './concept.type';

@InputType({ description: 'Concepts by code, each with or without the concepts narrower than it.' })
export class ConceptMatch {
  @Field(() => [String], { description: 'Concept codes ("disability"); any of them matches.' })
  concepts!: string[];

  @Field({ defaultValue: true, description: 'Also match the narrower concepts ("disability" takes in "physical-disability").' })
  includeNarrower!: boolean;
}

@InputType({ description: 'Which concepts to list. Fields combine with AND; use `or` and `not` for the rest.' })
export class ConceptFilter {
  @Field(() => [ConceptFilter], { nullable: true, description: 'All of these.' })
  and?: ConceptFilter[] | null;

  @Field(() => [ConceptFilter], { nullable: true, description: 'Any of these.' })
  or?: ConceptFilter[] | null;

  @Field(() => ConceptFilter, { nullable: true, description: 'Not this.' })
  not?: ConceptFilter | null;

  @Field(() => [ConceptScheme], { nullable: true })
  schemes?: ConceptScheme[] | null;

  @Field(() => [String], { nullable: true, description: 'These codes.' })
  codes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'These concepts and every concept narrower than them.' })
  within?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only top concepts (no broader one); false: only narrower ones.' })
  topLevel?: boolean | null;
}

/**
 * The concepts a ConceptMatch names, checked (known code, expected scheme): an unknown or
 * misplaced code is the caller's mistake, reported with where it stands in the filter.
 */
export async function resolveConcepts(
  scope: FilterScope,
  codes: readonly string[] | undefined,
  path: string,
  scheme?: ConceptScheme,
): Promise<ConceptType[]> {
  const values = scope.values(path, codes) ?? [];
  const found = await Promise.all(values.map((code) => scope.loaders.get(conceptByCodeLoader).load(code)));
  return found.map((concept, i) => {
    if (!concept) return scope.error(`${path}[${i}]`, `unknown concept "${values[i]}"`);
    if (scheme && concept.scheme !== scheme) {
      return scope.error(`${path}[${i}]`, `"${values[i]}" is a ${concept.scheme} concept; this filter takes ${scheme} concepts`);
    }
    return concept;
  });
}

/**
 * SQL for "the concept id in `column` is one of the match's concepts (or narrower)": a subquery on
 * the concept table's path index, so new narrower concepts need no change here.
 */
export async function conceptIdCondition(
  scope: FilterScope,
  column: string,
  match: ConceptMatch,
  path: string,
  scheme: ConceptScheme,
): Promise<Condition> {
  const concepts = await resolveConcepts(scope, match.concepts, `${path}.concepts`, scheme);
  if (!match.includeNarrower) return { sql: `${column} in (?)`, bindings: [concepts.map((c) => c.id)] };
  const c = scope.alias('c');
  const within = withinPath(`${c}."path"`, concepts.map((x) => x.path));
  return { sql: `${column} in (select ${c}."id" from "concept" ${c} where ${within.sql})`, bindings: within.bindings };
}

/** The concepts list's filter, against the concept table aliased `alias`. */
export function compileConceptFilter(filter: ConceptFilter | null | undefined, scope: FilterScope, alias: string): Promise<Condition> {
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    const schemes = scope.values(`${path}.schemes`, f.schemes);
    if (schemes) parts.push({ sql: `${alias}."scheme" in (?)`, bindings: [schemes] });
    if (f.codes) {
      const concepts = await resolveConcepts(scope, f.codes, `${path}.codes`);
      parts.push({ sql: `${alias}."id" in (?)`, bindings: [concepts.map((c) => c.id)] });
    }
    if (f.within) {
      const concepts = await resolveConcepts(scope, f.within, `${path}.within`);
      const within = withinPath(`${alias}."path"`, concepts.map((c) => c.path));
      parts.push({ sql: `(${within.sql})`, bindings: within.bindings });
    }
    if (f.topLevel != null) parts.push({ sql: `${alias}."broader_id" is ${f.topLevel ? '' : 'not '}null`, bindings: [] });
    return parts;
  });
}
