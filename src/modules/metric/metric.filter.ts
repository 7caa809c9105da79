import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, InputType } from 'type-graphql';
import type { Loaders } from '../../db/row-loaders';
import { compileCombinable, type Condition, type FilterScope } from '../../graphql/filter';
import { MeasurementUnit } from '../observation/observation.enum';
import { PartnershipFilter } from '../partnership/partnership-filter.input';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { resolveMetricIds } from './metric.lookup';

@InputType({ description: 'Which metrics. Fields combine with AND; `and`, `or` and `not` combine whole filters.' })
export class MetricFilter {
  @Field(() => [MetricFilter], { nullable: true, description: 'All of these.' })
  and?: MetricFilter[] | null;

  @Field(() => [MetricFilter], { nullable: true, description: 'Any of these.' })
  or?: MetricFilter[] | null;

  @Field(() => MetricFilter, { nullable: true, description: 'Not this.' })
  not?: MetricFilter | null;

  @Field(() => [String], { nullable: true, description: 'These metrics, by key.' })
  keys?: string[] | null;

  @Field(() => [MeasurementUnit], { nullable: true })
  units?: MeasurementUnit[] | null;

  @Field(() => PartnershipFilter, { nullable: true, description: 'Defined by one of the partnerships this selects.' })
  partnerships?: PartnershipFilter | null;
}

export function compileMetricFilter(
  filter: MetricFilter | null | undefined,
  scope: FilterScope,
  a: string,
  em: EntityManager,
  loaders: Loaders,
): Promise<Condition> {
  const partnerships = new PartnershipFilterService(em, loaders);
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    if (f.keys) parts.push({ sql: `${a}."id" in (?)`, bindings: [await resolveMetricIds(scope, f.keys, `${path}.keys`)] });
    const units = scope.values(`${path}.units`, f.units);
    if (units) parts.push({ sql: `${a}."unit" in (?)`, bindings: [units] });
    const definedBy = await partnerships.partnershipIdCondition(f.partnerships, scope, `${a}."defined_by_id"`, `${path}.partnerships`);
    if (definedBy) parts.push({ sql: `${a}."defined_by_id" is not null and ${definedBy.sql}`, bindings: definedBy.bindings });
    return parts;
  });
}
