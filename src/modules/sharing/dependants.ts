/**
 * Records that exist only as part of another one (a project's partner links, a report's notes, a
 * total's breakdown): never shared more widely than it. When the parent is made more restrictive,
 * they follow (SharingService); the importer keeps them no wider either.
 */
export const DEPENDANTS: Readonly<Record<string, ReadonlyArray<{ entity: string; relation: string }>>> = {
  Project: [{ entity: 'ProjectPartner', relation: 'project' }],
  Report: [{ entity: 'ProgressNote', relation: 'report' }],
  IndicatorObservation: [{ entity: 'IndicatorObservation', relation: 'parent' }],
};

/** The parent a dependant record may not be shared more widely than. */
export const PARENT_OF: Readonly<Record<string, { entity: string; relation: string }>> = Object.fromEntries(
  Object.entries(DEPENDANTS).flatMap(([parent, children]) => children.map((c) => [c.entity, { entity: parent, relation: c.relation }])),
);
