/** The interface's own words in English and Welsh; the data's labels come from the API in the chosen language. */
export type Lang = 'en' | 'cy';

const words = {
  partnerships: { en: 'Partnerships', cy: 'Partneriaethau' },
  comparison: { en: 'Comparison', cy: 'Cymhariaeth' },
  search: { en: 'Search', cy: 'Chwilio' },
  innovations: { en: 'Innovation matrix', cy: 'Matrics arloesi' },
  population: { en: 'Population coverage', cy: 'Cwmpas poblogaeth' },
  filters: { en: 'Filters', cy: 'Hidlwyr' },
  apply: { en: 'Apply', cy: 'Cymhwyso' },
  name: { en: 'Name', cy: 'Enw' },
  programme: { en: 'Programme', cy: 'Rhaglen' },
  round: { en: 'Round', cy: 'Cylch' },
  theme: { en: 'Theme', cy: 'Thema' },
  place: { en: 'Place', cy: 'Lle' },
  places: { en: 'Places', cy: 'Lleoedd' },
  count: { en: 'Count', cy: 'Nifer' },
  endDate: { en: 'End date', cy: 'Dyddiad gorffen' },
  withheld: { en: 'withheld', cy: 'wedi’i atal' },
  notReported: { en: 'not reported', cy: 'heb ei adrodd' },
  next: { en: 'Next page', cy: 'Tudalen nesaf' },
  previous: { en: 'Previous page', cy: 'Tudalen flaenorol' },
  loading: { en: 'Loading…', cy: 'Yn llwytho…' },
  text: { en: 'Text', cy: 'Testun' },
  sortBy: { en: 'Sort by', cy: 'Trefnu yn ôl' },
  direction: { en: 'Direction', cy: 'Cyfeiriad' },
  source: { en: 'Source', cy: 'Ffynhonnell' },
  objectives: { en: 'Objectives', cy: 'Amcanion' },
  activities: { en: 'Activities', cy: 'Gweithgareddau' },
  targetGroups: { en: 'Target groups', cy: 'Grwpiau targed' },
  members: { en: 'Members', cy: 'Aelodau' },
  projects: { en: 'Projects', cy: 'Prosiectau' },
  figures: { en: 'Figures', cy: 'Ffigurau' },
  achievements: { en: 'Achievements', cy: 'Cyflawniadau' },
  reports: { en: 'Reports', cy: 'Adroddiadau' },
  downloads: { en: 'Downloads', cy: 'Lawrlwythiadau' },
} as const;

export type Word = keyof typeof words;

let current: Lang = sessionStorage.getItem('dashboard.lang') === 'cy' ? 'cy' : 'en';

export const lang = (): Lang => current;
export function setLang(value: Lang): void {
  current = value;
  sessionStorage.setItem('dashboard.lang', value);
  document.documentElement.lang = value;
}
export const t = (word: Word): string => words[word][current];

/** A place's name in the chosen language, when the API has a Welsh one. */
export const placeName = (place: { name: string; welshName?: string | null }): string => (current === 'cy' && place.welshName) || place.name;
