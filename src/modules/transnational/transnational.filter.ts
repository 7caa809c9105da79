import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, InputType } from 'type-graphql';
import type { Loaders } from '../../db/row-loaders';
import { compileCombinable, type Condition, type FilterScope } from '../../graphql/filter';
import { PartnershipFilter } from '../partnership/partnership-filter.input';
import { PartnershipFilterService } from '../partnership/partnership-filter.service';
import { TransnationalMember } from './transnational-member.entity';

@InputType({ description: 'Which transnational partnerships. Fields combine with AND; `and`, `or` and `not` combine whole filters.' })
export class TransnationalPartnershipFilter {
  @Field(() => [TransnationalPartnershipFilter], { nullable: true, description: 'All of these.' })
  and?: TransnationalPartnershipFilter[] | null;

  @Field(() => [TransnationalPartnershipFilter], { nullable: true, description: 'Any of these.' })
  or?: TransnationalPartnershipFilter[] | null;

  @Field(() => TransnationalPartnershipFilter, { nullable: true, description: 'Not this.' })
  not?: TransnationalPartnershipFilter | null;

  @Field(() => [String], { nullable: true, description: 'These, by key ("futuro").' })
  keys?: string[] | null;

  @Field(() => PartnershipFilter, { nullable: true, description: 'With a member among (or stated by) the partnerships this selects.' })
  partnerships?: PartnershipFilter | null;
}

export function compileTransnationalFilter(
  filter: TransnationalPartnershipFilter | null | undefined,
  scope: FilterScope,
  a: string,
  em: EntityManager,
  loaders: Loaders,
): Promise<Condition> {
  const partnerships = new PartnershipFilterService(em, loaders);
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    const keys = scope.values(`${path}.keys`, f.keys);
    if (keys) parts.push({ sql: `${a}."key" in (?)`, bindings: [keys] });
    if (f.partnerships) {
      const m = scope.alias('tm');
      const member = await partnerships.partnershipIdCondition(f.partnerships, scope, `${m}."partnership_id"`, `${path}.partnerships`);
      const declared = await partnerships.partnershipIdCondition(f.partnerships, scope, `${m}."declared_by_id"`, `${path}.partnerships`);
      const visible = scope.andVisible(TransnationalMember, m);
      parts.push({
        sql: `exists (select 1 from "transnational_member" ${m} where ${m}."transnational_partnership_id" = ${a}."id" and ((${member!.sql}) or (${declared!.sql}))${visible.sql})`,
        bindings: [...member!.bindings, ...declared!.bindings, ...visible.bindings],
      });
    }
    return parts;
  });
}
