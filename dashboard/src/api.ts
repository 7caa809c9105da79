/**
 * The dashboard's one way to the API: the typed documents (graphql-codegen's client preset, dashboard/src/generated)
 * through the same request helper as the scripts (client/request.ts), with the API key from sessionStorage.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { request } from '../../client/request';

const KEY = 'dashboard.apiKey';

export const apiKey = (): string => sessionStorage.getItem(KEY) ?? '';
export function setApiKey(value: string): void {
  if (value) sessionStorage.setItem(KEY, value);
  else sessionStorage.removeItem(KEY);
}

/** Same origin: the hub serves the dashboard and the API. */
export function query<TData, TVariables extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData> {
  const key = apiKey();
  return request(`${location.origin}/graphql`, document, variables, key ? { headers: { authorization: `Bearer ${key}` } } : {});
}

/** Export downloads carry the key too, so they are fetched and saved rather than linked. */
export async function download(path: string, fileName: string): Promise<void> {
  const key = apiKey();
  const response = await fetch(path, { headers: key ? { authorization: `Bearer ${key}` } : {} });
  if (!response.ok) throw new Error(`The export answered HTTP ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
