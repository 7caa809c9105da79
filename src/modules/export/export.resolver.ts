import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../graphql/context';
import { badUserInput } from '../../graphql/errors';
import { exportObservationRows, type ExportBatch } from './export.service';
import { ObservationExportPageType } from './export.type';
import { LanguageCodeScalar } from '../taxonomy/language-code.scalar';

const MAX_ROWS = 1000;

@Resolver()
export class ExportResolver {
  @Query(() => ObservationExportPageType, {
    description:
      'The rows of /export/observations.csv, a page at a time (whole breakdown groups per page, so at least one group even when it is larger than `first`). ' +
      'Use the HTTP export for whole data sets.',
  })
  async observationExport(
    @Ctx() { loaders }: HubContext,
    @Arg('partnerships', () => [String], { nullable: true }) partnerships?: string[],
    @Arg('metrics', () => [String], { nullable: true }) metrics?: string[],
    @Arg('first', () => Int, { defaultValue: 100 }) first = 100,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('lang', () => LanguageCodeScalar, { defaultValue: 'en', description: 'Language of indicator and concept labels.' }) lang = 'en',
  ): Promise<ObservationExportPageType> {
    if (first < 1 || first > MAX_ROWS) throw badUserInput(`"first" must be between 1 and ${MAX_ROWS} (got ${first})`, { argument: 'first' });
    const afterGroup = after == null ? 0 : Number(after);
    if (!Number.isSafeInteger(afterGroup) || afterGroup < 0) throw badUserInput(`"after" is not a cursor of this list`, { argument: 'after' });
    const taken: ExportBatch = [];
    let more = false;
    const batches = exportObservationRows(loaders.scope, { partnerships, metrics, lang }, { afterGroup, groupsPerBatch: first });
    outer: for await (const batch of batches) {
      const groups = new Map<number, ExportBatch>();
      for (const item of batch) groups.set(item.group, [...(groups.get(item.group) ?? []), item]);
      for (const group of groups.values()) {
        if (taken.length > 0 && taken.length + group.length > first) {
          more = true;
          break outer;
        }
        taken.push(...group);
      }
    }
    await batches.return(undefined);
    const last = taken[taken.length - 1];
    return { rows: taken.map((t) => t.row), endCursor: more && last ? String(last.group) : null };
  }
}
