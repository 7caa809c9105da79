import { MeasurementUnit, ObservationScope } from '../observation/observation.enum';
import { SuppressionReason } from './disclosure.enum';

/** What disclosure control needs to know of a figure. */
export interface DisclosureFigure {
  id: number;
  value: number;
  unit: MeasurementUnit;
  scope: ObservationScope;
  parentId: number | null;
}

export type Decisions = Map<number, SuppressionReason>;

/**
 * Statistical disclosure control for small counts. Counts of people or organisations (not
 * context figures about the world) from 1 to threshold-1 are withheld from everyone but the
 * owning partnership (primary suppression). Within a total and its breakdown, a single withheld
 * part could be worked out as the total minus the other parts, so further parts are withheld,
 * smallest first, until the withheld parts are at least two and add up to at least the threshold;
 * when no part is left to withhold, the total is withheld (secondary suppression). Zero stays
 * visible: it identifies no one.
 */
export class DisclosureControl {
  constructor(readonly threshold: number) {}

  private isSmall(figure: DisclosureFigure): boolean {
    return (
      figure.unit === MeasurementUnit.COUNT &&
      figure.scope !== ObservationScope.CONTEXT &&
      figure.value > 0 &&
      figure.value < this.threshold
    );
  }

  /**
   * Decisions for a set of figures containing whole groups (each total with all its parts).
   * `unseen` figures are already hidden from the caller (by sharing level): they count as withheld
   * when protecting their group, and get no decision of their own.
   */
  decide(figures: DisclosureFigure[], unseen: number[] = []): Decisions {
    const decisions: Decisions = new Map();
    const hidden = new Set(unseen);
    for (const id of hidden) decisions.set(id, SuppressionReason.SECONDARY);
    const parts = new Map<number, DisclosureFigure[]>();
    for (const figure of figures) {
      if (this.isSmall(figure)) decisions.set(figure.id, SuppressionReason.SMALL_COUNT);
      if (figure.parentId !== null) {
        const group = parts.get(figure.parentId) ?? [];
        group.push(figure);
        parts.set(figure.parentId, group);
      }
    }
    const byId = new Map(figures.map((f) => [f.id, f]));
    for (const [totalId, group] of parts) {
      const total = byId.get(totalId);
      if (!total || total.unit !== MeasurementUnit.COUNT || total.scope === ObservationScope.CONTEXT) continue;
      this.protectGroup(total, group, decisions);
    }
    for (const id of hidden) decisions.delete(id);
    return decisions;
  }

  private protectGroup(total: DisclosureFigure, parts: DisclosureFigure[], decisions: Decisions) {
    const withheld = () => parts.filter((p) => decisions.has(p.id));
    const exposed = () => parts.filter((p) => !decisions.has(p.id) && p.value > 0).sort((a, b) => a.value - b.value || a.id - b.id);
    if (decisions.has(total.id)) {
      // The total is withheld: any non-zero part would narrow it down, and each is smaller anyway.
      for (const part of exposed()) decisions.set(part.id, SuppressionReason.SECONDARY);
      return;
    }
    const recoverable = () => {
      const hidden = withheld();
      const sum = hidden.reduce((s, p) => s + p.value, 0);
      return hidden.length > 0 && (hidden.length < 2 || sum < this.threshold);
    };
    while (recoverable()) {
      const next = exposed()[0];
      if (!next) {
        decisions.set(total.id, SuppressionReason.SECONDARY);
        return;
      }
      decisions.set(next.id, SuppressionReason.SECONDARY);
    }
  }
}

const NUMBER = /\d+(?:[.,]\d+)*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/gi;

/** Every number in a passage replaced by "[withheld]". */
export function maskNumbers(text: string): string {
  return text.replace(NUMBER, '[withheld]');
}

/**
 * A passage as a caller may read it: all its numbers masked when its own figure is withheld,
 * otherwise only where it repeats a withheld figure of the same group (Bury's total quotes
 * "Physical Disability 2", which is withheld).
 */
export function redactQuote(quote: string, ownFigureWithheld: boolean, withheldQuotes: string[]): string {
  if (ownFigureWithheld) return maskNumbers(quote);
  return withheldQuotes.reduce((q, withheld) => (withheld && q.includes(withheld) ? q.split(withheld).join(maskNumbers(withheld)) : q), quote);
}
