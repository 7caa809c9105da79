/**
 * What the access layer must know of each entity's stored properties, declared on the entities
 * themselves (the data carries its own rules; GraphQL types, loaders, the SQL compiler, search and
 * exports all read rows through ReadPolicy, which applies them):
 *
 * - `@PersonalData()`: identifies a person. Null for everyone but the owning partnership's editors
 *   and administrators; also masked wherever it stands in a source text.
 * - `@MaskedNarrative(owner)`: a narrative repeating its sources. Where it repeats the sentence of a
 *   figure withheld from an audience, that audience reads the sentence's numbers as "[withheld]".
 * - `@WithheldWithFigure()`: a figure's value (and how it is written): null where disclosure control
 *   withholds the figure from the caller.
 * - `@Positioned(within)`: `ordinal` is read as the position among the siblings the caller may see,
 *   so a hidden record leaves no gap.
 * - `@MaskedSourceText()`: a source document's text or passage, masked for an audience where it
 *   states personal data or a withheld figure's numbers; `@DigestOf(text)`: a hash of such a text,
 *   null where the audience reads it masked (it would confirm a guess).
 */

/**
 * Whose documents' withheld figures a narrative must not repeat: the record's partnership
 * (`record`: the one whose file declared it), the partnership itself (`self`), or, for catalogue entries shared between
 * partnerships (organisations, transnational partnerships), the owner of the document their own
 * passage is in (`passage`).
 */
export type NarrativeOwner = 'record' | 'self' | 'passage';

export interface EntityRules {
  personal: string[];
  narratives: Array<{ property: string; owner: NarrativeOwner }>;
  sourceTexts: string[];
  digests: Array<{ property: string; of: string }>;
  withheld: string[];
  /** Many-to-one properties (besides the partnership) whose records list this one's siblings. */
  positionedWithin?: string[];
}

const declared = new Map<Function, EntityRules>();

function own(target: object): EntityRules {
  const constructor = (target as { constructor: Function }).constructor;
  let rules = declared.get(constructor);
  if (!rules) declared.set(constructor, (rules = { personal: [], narratives: [], sourceTexts: [], digests: [], withheld: [] }));
  return rules;
}

export function PersonalData(): PropertyDecorator {
  return (target, property) => {
    own(target).personal.push(String(property));
  };
}

export function MaskedNarrative(owner: NarrativeOwner = 'record'): PropertyDecorator {
  return (target, property) => {
    own(target).narratives.push({ property: String(property), owner });
  };
}

export function MaskedSourceText(): PropertyDecorator {
  return (target, property) => {
    own(target).sourceTexts.push(String(property));
  };
}

export function DigestOf(text: string): PropertyDecorator {
  return (target, property) => {
    own(target).digests.push({ property: String(property), of: text });
  };
}

export function WithheldWithFigure(): PropertyDecorator {
  return (target, property) => {
    own(target).withheld.push(String(property));
  };
}

/**
 * On an entity class with an `ordinal`: its position is counted among the records of the same
 * partnership (its owner) and, where given, the same values of these many-to-one properties.
 */
export function Positioned(within: string[] = []): ClassDecorator {
  return (target) => {
    own(target.prototype).positionedWithin = within;
  };
}

const merged = new Map<Function, EntityRules>();

/** Properties an audience reads masked (narratives and source texts). */
export const maskedProperties = (rules: EntityRules): string[] => [...rules.narratives.map((n) => n.property), ...rules.sourceTexts];

/** The rules of an entity class, its ancestors' included (TargetGroup has PopulationGroup's). */
export function rulesOf(entity: Function): EntityRules {
  let rules = merged.get(entity);
  if (rules) return rules;
  const chain: EntityRules[] = [];
  for (let c: Function | null = entity; c && c !== Object && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const r = declared.get(c);
    if (r) chain.unshift(r);
  }
  rules = {
    personal: chain.flatMap((r) => r.personal),
    narratives: chain.flatMap((r) => r.narratives),
    sourceTexts: chain.flatMap((r) => r.sourceTexts),
    digests: chain.flatMap((r) => r.digests),
    withheld: chain.flatMap((r) => r.withheld),
    positionedWithin: [...chain].reverse().find((r) => r.positionedWithin)?.positionedWithin,
  };
  merged.set(entity, rules);
  return rules;
}
