/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ComparisonCellStatus =
  | 'DERIVED'
  | 'NOT_REPORTED'
  | 'REPORTED'
  | 'SUPPRESSED';

/** Unit of a figure. */
export type MeasurementUnit =
  | 'COUNT'
  | 'DURATION'
  | 'MONEY'
  | 'PERCENT';

/** Figures whose period (or as-of date) falls at least partly between these dates. */
export type PeriodWindow = {
  from?: string | null | undefined;
  to?: string | null | undefined;
};

/** How exactly the source states a figure. */
export type ValueQualifier =
  | 'ALMOST'
  | 'APPROXIMATELY'
  | 'AT_LEAST'
  | 'EXACT';

export type CompareEmploymentQueryVariables = Exact<{
  indicators: Array<string> | string;
  partnerships?: Array<string> | string | null | undefined;
  period?: PeriodWindow | null | undefined;
}>;


export type CompareEmploymentQuery = { comparison: { indicators: Array<{ code: string, label: string, unit: MeasurementUnit }>, rows: Array<{ partnership: { slug: string, name: string }, cells: Array<{ status: ComparisonCellStatus, value: number | null, unit: MeasurementUnit, qualifier: ValueQualifier | null, reason: string | null, indicator: { code: string }, observation: { statedAs: string | null, period: { label: string } | null, source: { section: string | null } } | null }> }> } };


export const CompareEmploymentDocument = {"__meta__":{"hash":"sha256:835b61385536e5a4c5300b27b686d5a144c3565ecb7d2778a32fe5fec1bb21c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareEmployment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerships"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PeriodWindow"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"comparison"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicators"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicators"}}},{"kind":"Argument","name":{"kind":"Name","value":"partnerships"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerships"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnership"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"observation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statedAs"}},{"kind":"Field","name":{"kind":"Name","value":"period"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompareEmploymentQuery, CompareEmploymentQueryVariables>;