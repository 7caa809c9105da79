import DataLoader from 'dataloader';
import type { EntityClass } from '@mikro-orm/core';
import { childRowsLoader, fetchRows, rowByIdLoader, selectRows, type LoaderDefinition } from '../../db/row-loaders';
import { withinPath } from '../../graphql/filter';
import { BeneficiaryCategoryConcept, TargetGroupConcept } from '../taxonomy/population-mapping.entity';
import { BeneficiaryCategory, TargetGroup } from './target-group.entity';
import type { BeneficiaryCategoryType, TargetGroupType } from './target-group.type';

export const targetGroupByIdLoader = rowByIdLoader<TargetGroupType>(TargetGroup);
export const targetGroupsByPartnershipLoader = childRowsLoader<TargetGroupType>(TargetGroup, 'partnership');
export const beneficiaryCategoryByIdLoader = rowByIdLoader<BeneficiaryCategoryType>(BeneficiaryCategory);
export const beneficiaryCategoriesByPartnershipLoader = childRowsLoader<BeneficiaryCategoryType>(BeneficiaryCategory, 'partnership');

/**
 * A partnership's groups that map to some concepts (or narrower ones). The key is
 * `<partnershipId>|<match>`; one query per distinct match per request, whatever the number of
 * partnerships.
 */
function groupsByConceptLoader<R extends { partnershipId: number }>(
  entity: EntityClass<object>,
  link: EntityClass<object>,
  groupRelation: string,
): LoaderDefinition<string, R[]> {
  return {
    name: `${entity.name}ByConcept`,
    create: (scope) =>
      new DataLoader<string, R[]>(async (keys) => {
        const { em } = scope;
        const byMatch = new Map<string, number[]>();
        for (const key of keys) {
          const [id, match] = [Number(key.slice(0, key.indexOf('|'))), key.slice(key.indexOf('|') + 1)];
          byMatch.set(match, [...(byMatch.get(match) ?? []), id]);
        }
        const results = new Map<string, R[]>();
        const linkMeta = em.getMetadata().get(link.name);
        const groupFk = linkMeta.properties[groupRelation].fieldNames[0];
        for (const [match, ids] of byMatch) {
          const { paths, includeNarrower } = JSON.parse(match) as ConceptPathMatch;
          const within = includeNarrower
            ? withinPath('c."path"', paths)
            : { sql: 'c."path" in (?)', bindings: [paths] };
          const rows = await fetchRows<R>(
            em,
            selectRows(scope, entity)
              .whereIn('t.partnership_id', ids)
              .whereRaw(
                `exists (select 1 from "${linkMeta.tableName}" m join "concept" c on c."id" = m."concept_id" where m."${groupFk}" = "t"."id" and (${within.sql}))`,
                within.bindings as never[],
              )
              .orderBy(['t.ordinal', 't.id']),
          );
          for (const id of ids) results.set(`${id}|${match}`, rows.filter((r) => r.partnershipId === id));
        }
        return keys.map((k) => results.get(k) ?? []);
      }),
  };
}

/** Concepts by their paths, with or without their narrower concepts: the `match` part of the loader keys. */
export interface ConceptPathMatch {
  paths: string[];
  includeNarrower: boolean;
}

export const targetGroupsByConceptLoader = groupsByConceptLoader<TargetGroupType>(TargetGroup, TargetGroupConcept, 'targetGroup');
export const beneficiaryCategoriesByConceptLoader = groupsByConceptLoader<BeneficiaryCategoryType>(
  BeneficiaryCategory,
  BeneficiaryCategoryConcept,
  'beneficiaryCategory',
);
