import type { EntityManager } from '@mikro-orm/postgresql';
import { AccessDerivation } from '../../access/derivation';
import { keepPersonalLinksToOwners } from '../../access/personal-links';
import { SearchIndexService } from '../search/search-index.service';

/**
 * Everything the hub derives from a partnership's stored records, brought in step in the
 * transaction that changed them (an import, a sharing change): first the records that would pair a
 * person with their personal data are kept to owners (access/personal-links.ts), then who sees what (disclosure
 * decisions, masks, positions: access/derivation.ts), then the search index, which is built from
 * the texts as each audience reads them. Each step rewrites only what would change.
 */
export async function refreshDerivedData(em: EntityManager, partnershipIds: readonly number[]): Promise<void> {
  await keepPersonalLinksToOwners(em, [...partnershipIds]);
  const touched = await new AccessDerivation(em).refresh(partnershipIds);
  const search = new SearchIndexService(em);
  for (const id of touched) await search.refresh(id);
}
