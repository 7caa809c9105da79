import { Arg, Args, Ctx, Extensions, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import { compiledRead, compiledRootRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { FilterScope } from '../../graphql/filter';
import { Concept } from './concept.entity';
import { LabelKind } from './concept.enum';
import { compileConceptFilter, ConceptFilter } from './concept.filter';
import { conceptByCodeLoader, conceptByIdLoader, conceptsByBroaderLoader, labelsByConceptLoader } from './concept.loader';
import { ConceptConnection, ConceptLabelType, ConceptType } from './concept.type';
import { DEFAULT_LANGUAGE, LanguageCodeScalar } from './language-code.scalar';

const inLanguage = (labels: ConceptLabelType[], kind: LabelKind, lang: string) => labels.filter((l) => l.kind === kind && l.lang === lang);

const LANG_DESCRIPTION = 'ISO 639-1 language ("en", "cy" for Welsh).';

@Resolver(() => ConceptType)
export class ConceptResolver {
  @Query(() => ConceptType, { nullable: true, description: 'A taxonomy concept by its code ("care-leavers").' })
  @Extensions(compiledRootRead(conceptByCodeLoader, 'code'))
  concept(@Arg('code') code: string, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptByCodeLoader).load(code);
  }

  @Query(() => ConceptConnection, { description: 'Taxonomy concepts, in their curated order (scheme by scheme, broader before narrower).' })
  async concepts(
    @Args() args: ConnectionArgs,
    @Arg('filter', () => ConceptFilter, { nullable: true }) filter: ConceptFilter | null,
    @Ctx() { em, loaders }: HubContext,
  ) {
    const where = await compileConceptFilter(filter, new FilterScope(loaders), '"t"');
    return paginate<ConceptType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(Concept).whereRaw(`(${where.sql})`, where.bindings as never[]),
      keys: [
        { expression: '"t"."ordinal"', direction: 'asc', type: 'number', value: (c) => c.ordinal },
        { expression: '"t"."id"', direction: 'asc', type: 'number', value: (c) => c.id },
      ],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @FieldResolver(() => String, { description: 'Preferred label in `lang`, or the English one when the concept has none in that language.' })
  async prefLabel(
    @Root() concept: ConceptType,
    @Arg('lang', () => LanguageCodeScalar, { defaultValue: DEFAULT_LANGUAGE, description: LANG_DESCRIPTION }) lang: string,
    @Ctx() { loaders }: HubContext,
  ): Promise<string> {
    const labels = await loaders.get(labelsByConceptLoader).load(concept.id);
    const label = inLanguage(labels, LabelKind.PREFERRED, lang)[0] ?? inLanguage(labels, LabelKind.PREFERRED, DEFAULT_LANGUAGE)[0];
    return label?.value ?? concept.code;
  }

  @FieldResolver(() => [String], { description: 'Alternative labels (synonyms, wordings partnerships use) in `lang`; none when it has none in that language.' })
  async altLabels(
    @Root() concept: ConceptType,
    @Arg('lang', () => LanguageCodeScalar, { defaultValue: DEFAULT_LANGUAGE, description: LANG_DESCRIPTION }) lang: string,
    @Ctx() { loaders }: HubContext,
  ): Promise<string[]> {
    return inLanguage(await loaders.get(labelsByConceptLoader).load(concept.id), LabelKind.ALTERNATIVE, lang).map((l) => l.value);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Definition in `lang`, or the English one when there is none in that language.' })
  async definition(
    @Root() concept: ConceptType,
    @Arg('lang', () => LanguageCodeScalar, { defaultValue: DEFAULT_LANGUAGE, description: LANG_DESCRIPTION }) lang: string,
    @Ctx() { loaders }: HubContext,
  ): Promise<string | null> {
    const labels = await loaders.get(labelsByConceptLoader).load(concept.id);
    return (inLanguage(labels, LabelKind.DEFINITION, lang)[0] ?? inLanguage(labels, LabelKind.DEFINITION, DEFAULT_LANGUAGE)[0])?.value ?? null;
  }

  @FieldResolver(() => [ConceptLabelType], { description: 'Every label (all kinds), in every language or in `lang` only; no fallback.' })
  async labels(
    @Root() concept: ConceptType,
    @Arg('lang', () => LanguageCodeScalar, { nullable: true, description: LANG_DESCRIPTION }) lang: string | null,
    @Ctx() { loaders }: HubContext,
  ): Promise<ConceptLabelType[]> {
    const labels = await loaders.get(labelsByConceptLoader).load(concept.id);
    return lang ? labels.filter((l) => l.lang === lang) : labels;
  }

  @FieldResolver(() => [LanguageCodeScalar], { description: 'Languages it has a preferred label in.' })
  async languages(@Root() concept: ConceptType, @Ctx() { loaders }: HubContext): Promise<string[]> {
    const labels = await loaders.get(labelsByConceptLoader).load(concept.id);
    return [...new Set(labels.filter((l) => l.kind === LabelKind.PREFERRED).map((l) => l.lang))];
  }

  @Extensions(compiledRead(conceptByIdLoader, 'broaderId'))
  @FieldResolver(() => ConceptType, { nullable: true, description: 'The broader concept (SKOS broader).' })
  broader(@Root() concept: ConceptType, @Ctx() { loaders }: HubContext) {
    return concept.broaderId ? loaders.get(conceptByIdLoader).load(concept.broaderId) : null;
  }

  @Extensions(compiledRead(conceptsByBroaderLoader))
  @FieldResolver(() => [ConceptType], { description: 'The concepts directly narrower than this one (SKOS narrower).' })
  narrower(@Root() concept: ConceptType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptsByBroaderLoader).load(concept.id);
  }

  @FieldResolver(() => [ConceptType], { description: 'Every broader concept up to the top, top first.' })
  async ancestors(@Root() concept: ConceptType, @Ctx() { loaders }: HubContext) {
    const codes = concept.path.split('/').slice(0, -1);
    const found = await loaders.get(conceptByCodeLoader).loadMany(codes);
    return found.filter((c): c is ConceptType => !!c && !(c instanceof Error));
  }
}
