/** Figures as the source states them, and withheld figures as withheld (never as 0 or blank). */
import { h } from './dom';
import { t } from './i18n';

export interface FigureLike {
  value: number | null;
  qualifier: string;
  statedAs: string | null;
  suppressed: boolean;
  suppressionReason?: string | null;
  unit?: string;
}

const QUALIFIER: Record<string, string> = { AT_LEAST: 'at least', APPROXIMATELY: 'approximately', ALMOST: 'almost', EXACT: '' };

export function isWithheld(f: FigureLike): boolean {
  return f.suppressed || (f.value === null && f.statedAs === null);
}

/** "over 300" as written, with the qualifier the hub read from it; withheld figures say so, with why. */
export function figure(f: FigureLike): HTMLElement {
  if (isWithheld(f)) {
    return h('span', { class: 'withheld', 'data-withheld': f.suppressionReason ?? 'true', title: f.suppressionReason === 'DERIVED_FROM_SUPPRESSED' ? 'could be worked out from a withheld small count' : 'small count' }, `${t('withheld')}${f.suppressionReason ? ` (${f.suppressionReason === 'SMALL_COUNTS' ? 'small count' : 'derived from a withheld figure'})` : ''}`);
  }
  const stated = f.statedAs ?? formatValue(f.value, f.unit);
  const qualifier = QUALIFIER[f.qualifier];
  return h('span', { class: 'figure', 'data-value': f.value ?? '' }, h('strong', {}, stated), qualifier ? ` (${qualifier} ${formatValue(f.value, f.unit)})` : '');
}

export function formatValue(value: number | null, unit?: string): string {
  if (value === null) return '';
  const n = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return unit === 'PERCENT' ? `${n}%` : n;
}
