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
