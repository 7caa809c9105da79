import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { HubContext } from '../../graphql/context';

/**
 * Personal data (GDPR): fields that identify a person. Only the owning partnership's editors and
 * administrators read them; everyone else gets null, and the record's `redactedFields` says which
 * fields were withheld, so clients show "withheld" rather than "unknown" and no error is raised.
 */
const personalFields = new Map<Function, string[]>();

const guard: MiddlewareFn<HubContext> = async ({ root, context }, next) =>
  context.caller.owns((root as { partnershipId?: number }).partnershipId) ? next() : null;

/** Marks a field as personal data: schema extension `personalData`, and the guard above. */
export function PersonalData(): PropertyDecorator {
  return (target, property) => {
    const fields = personalFields.get(target.constructor) ?? [];
    personalFields.set(target.constructor, [...fields, String(property)]);
    Extensions({ personalData: true })(target, property);
    UseMiddleware(guard)(target, property);
  };
}

/** The personal fields of a type withheld from this caller for a row of this partnership. */
export function redactedFields(type: Function, partnershipId: number, context: HubContext): string[] {
  return context.caller.owns(partnershipId) ? [] : (personalFields.get(type) ?? []);
}

export const PERSONAL_DATA_WITHHELD = '[personal data withheld]';

/**
 * Personal data also stands in the source texts: a contact's passage is "Christine Cameron, PAVO
 * (...)", a quote's ends "(a single father referred by the Supporting Children team)". For callers
 * who do not own those records, every occurrence of their personal values is masked in passages
 * and full texts alike, longest first (so "Alison Thomas" goes before a shorter "Thomas").
 */
export function maskPersonalData(text: string, terms: readonly string[]): string {
  let masked = text;
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    if (term.trim().length >= 3) masked = replaceLoosely(masked, term, () => PERSONAL_DATA_WITHHELD);
  }
  return masked;
}

const SPACE = /[\s\u00a0]+/;

/**
 * Every occurrence of `phrase` in `text`, whitespace aside (a line break, two spaces or a
 * no-break space where the phrase has one space: the importer matches quotes the same way),
 * replaced by what `replace` makes of it.
 */
export function replaceLoosely(text: string, phrase: string, replace: (found: string) => string): string {
  const words = phrase.trim().split(SPACE).filter(Boolean);
  if (!words.length || !text.includes(words[0])) return text;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[\\s\\u00a0]+'), 'g');
  return text.replace(pattern, replace);
}
