/** The partnership filter as URL parameters (shareable, survives reload) and as the API's PartnershipFilter. */
import type { PartnershipFilter, InnovationDimension, InnovationLevel, Programme } from '../generated/graphql';

export const DIMENSIONS: InnovationDimension[] = ['PROCESS', 'PRACTICE', 'PRODUCT', 'POLICY'];
export const LEVELS: InnovationLevel[] = ['CITY', 'LOCAL', 'REGIONAL', 'NATIONAL', 'EUROPEAN'];
export const PROGRAMMES: Programme[] = ['EQUAL', 'ESF', 'OTHER'];

/** The URL parameters the filter form writes. */
export const FILTER_PARAMS = ['text', 'place', 'programme', 'round', 'theme', 'population', 'dimension', 'level', 'activeOn'] as const;

export function filterFromParams(params: URLSearchParams): PartnershipFilter | undefined {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const filter: PartnershipFilter = {};
  const text = get('text');
  if (text) filter.text = text;
  const place = get('place');
  if (place) filter.places = { keys: [place], includeDescendants: true };
  const programme = get('programme');
  if (programme) filter.programmes = [programme as Programme];
  const round = get('round');
  if (round && /^\d+$/.test(round)) filter.rounds = [Number(round)];
  const theme = get('theme');
  if (theme) filter.theme = { concepts: [theme], includeNarrower: true };
  const population = get('population');
  if (population) filter.population = { concepts: [population], includeNarrower: true };
  const dimension = get('dimension');
  const level = get('level');
  if (dimension || level) filter.innovation = { ...(dimension ? { dimensions: [dimension as InnovationDimension] } : {}), ...(level ? { levels: [level as InnovationLevel] } : {}) };
  const activeOn = get('activeOn');
  if (activeOn) filter.activeOn = activeOn;
  return Object.keys(filter).length ? filter : undefined;
}
