import DataLoader from 'dataloader';
import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import { fetchRows, type LoaderDefinition } from '../../db/row-loaders';
import type { HubContext } from '../../graphql/context';
import { applyMasks, sourceMasksByDocumentLoader } from './source-masks';

/**
 * Narratives repeat their sources: a progress note or a project summary is often the very sentence
 * a figure was read from ("... the officer is presently supporting 5 retention cases."). Where that
 * figure is withheld from the caller (a small count of people, or a figure the caller may not see),
 * the passage is masked (source-masks.ts), and so must every narrative repeating it be: its numbers
 * read "[withheld]" wherever the withheld figure's whole quote occurs in it.
 *
 * A record's narrative is masked with the quotes withheld in the documents its partnership owns
 * (`source_document.owner_id`: the documents its file brought). Only the `withheld` part of the
 * passage masks is used: personal data is kept out of narratives by the records that hold it
 * (@PersonalData fields), not masked in them here.
 */

const NO_QUOTES: readonly string[] = [];

/**
 * Per partnership, the quotes of figures withheld from this caller in the documents it owns.
 * Two statements per batch (the partnerships' documents, then their masks through
 * loadSourceMasks), whatever the number of partnerships; none for administrators, and none for a
 * partnership the caller edits (owners read their own narratives as written).
 */
export const withheldQuotesByPartnershipLoader: LoaderDefinition<number, readonly string[]> = {
  name: 'WithheldQuotesByPartnership',
  create: (scope, loaders) =>
    new DataLoader(async (partnershipIds) => {
      const { em, caller } = scope;
      const asked = partnershipIds.filter((id) => !caller.owns(id));
      if (asked.length === 0) return partnershipIds.map(() => NO_QUOTES);
      // Every owned document, shared with the caller or not: this decides what to hide, not what to show.
      const documents = await fetchRows<{ id: number; ownerId: number }>(
        em,
        em.getKnex().select('d.id', { ownerId: 'd.owner_id' }).from({ d: 'source_document' }).whereIn('d.owner_id', asked),
      );
      // Through the request's passage masks: decided once, whether a passage or a narrative asks first.
      const masks = await loaders.get(sourceMasksByDocumentLoader).loadMany(documents.map((d) => d.id));
      const quotes = new Map<number, Set<string>>();
      for (const [i, { ownerId }] of documents.entries()) {
        const found = masks[i];
        if (found instanceof Error) throw found;
        const withheld = found.withheld;
        if (!withheld?.length) continue;
        let set = quotes.get(ownerId);
        if (!set) quotes.set(ownerId, (set = new Set()));
        for (const quote of withheld) set.add(quote);
      }
      return partnershipIds.map((id) => (caller.owns(id) ? NO_QUOTES : [...(quotes.get(id) ?? [])]));
    }),
};

/**
 * The partnership owning the document a passage is in: for records shared between partnerships
 * (organisations, transnational partnerships), whose narrative came from one partnership's file.
 * One statement per batch; not filtered by visibility (it decides what to mask).
 */
export const documentOwnerByPassageLoader: LoaderDefinition<number, number | null> = {
  name: 'DocumentOwnerByPassage',
  create: ({ em }) =>
    new DataLoader(async (passageIds) => {
      const rows = await fetchRows<{ id: number; ownerId: number | null }>(
        em,
        em
          .getKnex()
          .select('p.id', { ownerId: 'd.owner_id' })
          .from({ p: 'source_passage' })
          .join({ d: 'source_document' }, 'd.id', 'p.document_id')
          .whereIn('p.id', passageIds as number[]),
      );
      const owners = new Map(rows.map((r) => [r.id, r.ownerId]));
      return passageIds.map((id) => owners.get(id) ?? null);
    }),
};

/** A narrative as this caller may read it: numbers of the withheld quotes it repeats masked. */
export function maskNarrative(text: string, withheld: readonly string[]): string {
  return withheld.length ? applyMasks(text, { personal: [], withheld: [...withheld] }) : text;
}

/** The partnership whose withheld figures a record's narrative must not repeat (null: none). */
export type NarrativeOwner<T> = (root: T, context: HubContext) => number | null | undefined | Promise<number | null | undefined>;

/** A PartnershipRecord (and anything else with a `partnershipId`): its partnership. */
export const recordPartnership: NarrativeOwner<{ partnershipId?: number | null }> = (root) => root.partnershipId;

/** The Partnership type itself: its own narratives. */
export const partnershipItself: NarrativeOwner<{ id: number }> = (partnership) => partnership.id;

/** A record shared between partnerships: the owner of the document its own passage is in. */
export const passageOwner: NarrativeOwner<{ sourceId: number }> = (root, { loaders }) =>
  loaders.get(documentOwnerByPassageLoader).load(root.sourceId);

/** The withheld quotes a narrative of this owner must not repeat, for this request's caller. */
export async function withheldQuotesFor(partnershipId: number | null | undefined, context: HubContext): Promise<readonly string[]> {
  if (partnershipId == null || context.caller.owns(partnershipId)) return NO_QUOTES;
  return context.loaders.get(withheldQuotesByPartnershipLoader).load(partnershipId);
}

function narrativeMiddleware<T>(owner: NarrativeOwner<T>): MiddlewareFn<HubContext> {
  return async ({ root, context }, next) => {
    // Administrators read everything as written, at no cost; so do owners (checked per partnership).
    if (context.caller.isAdmin) return next();
    // Asked at once, whatever the value (null fields too), so every record of a list joins the same
    // batch: the first level of a query that reads narratives loads its partnerships' quotes, deeper
    // levels find them cached.
    const partnershipId = owner(root as T, context);
    const quotes =
      partnershipId instanceof Promise ? partnershipId.then((id) => withheldQuotesFor(id, context)) : withheldQuotesFor(partnershipId, context);
    const [value, withheld] = await Promise.all([next(), quotes]);
    return typeof value === 'string' && value !== '' ? maskNarrative(value, withheld) : value;
  };
}

/**
 * Marks a narrative string field: where it repeats the quote of a figure withheld from the caller,
 * the quote's numbers read "[withheld]" (as in the passage itself). `owner` names the partnership
 * whose documents' withheld quotes apply: by default the record's `partnershipId`.
 */
export function MaskedNarrative<T = { partnershipId?: number | null }>(
  owner: NarrativeOwner<T> = recordPartnership as unknown as NarrativeOwner<T>,
): PropertyDecorator {
  const middleware = narrativeMiddleware(owner);
  return (target, property) => {
    UseMiddleware(middleware)(target, property);
  };
}

/** For field descriptions: what MaskedNarrative does, in the schema's words. */
export const MASKED_NARRATIVE =
  'Figures withheld from the caller are masked: where the text repeats the sentence a withheld figure was read from, its numbers read "[withheld]".';

/** A field description followed by the masking note. */
export const maskedDescription = (description?: string) => (description ? `${description} ${MASKED_NARRATIVE}` : MASKED_NARRATIVE);
