import { Ctx, Extensions, FieldResolver, Resolver, Root } from 'type-graphql';
import { compiledRead } from '../../graphql/compiled-reads';
import type { HubContext } from '../../graphql/context';
import { conceptsByBeneficiaryCategoryLoader, conceptsByTargetGroupLoader } from '../taxonomy/concept.loader';
import { ConceptType } from '../taxonomy/concept.type';
import { BeneficiaryCategoryType, TargetGroupType } from './target-group.type';

@Resolver(() => TargetGroupType)
export class TargetGroupResolver {
  @Extensions(compiledRead(conceptsByTargetGroupLoader))
  @FieldResolver(() => [ConceptType], { description: 'The taxonomy concepts this wording stands for ("Substance abusers": substance misusers).' })
  concepts(@Root() group: TargetGroupType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptsByTargetGroupLoader).load(group.id);
  }
}

@Resolver(() => BeneficiaryCategoryType)
export class BeneficiaryCategoryResolver {
  @Extensions(compiledRead(conceptsByBeneficiaryCategoryLoader))
  @FieldResolver(() => [ConceptType], { description: 'The taxonomy concepts this wording stands for ("Drug and alcohol misusers": substance misusers).' })
  concepts(@Root() category: BeneficiaryCategoryType, @Ctx() { loaders }: HubContext) {
    return loaders.get(conceptsByBeneficiaryCategoryLoader).load(category.id);
  }
}
