import { CountOf, MeasurementUnit, ObservationScope } from '../observation/observation.enum';
import { Suppression } from './disclosure.enum';

/** What disclosure control needs to know of a figure. */
export interface DisclosureFigure {
  id: number;
  value: number;
  unit: MeasurementUnit;
  scope: ObservationScope;
  parentId: number | null;
  /** The total it adds up to with other figures, besides that total's breakdown. */
  sumsTo?: number | null;
  /** What the count counts (its metric's countOf); only people are protected. */
  countOf: CountOf | null;
}

export type Decisions = Map<number, Suppression>;

/** A count of people, or of something not said (the protective reading). */
const countsPeople = (figure: DisclosureFigure) => figure.countOf !== CountOf.ORGANISATIONS && figure.countOf !== CountOf.OTHER;

/**
 * Statistical disclosure control for small counts. Counts of people (not of organisations, and
 * not context figures about the world) from 1 to threshold-1 are withheld from everyone but the
 * owning partnership (primary suppression). Within a total and its breakdown, a single withheld
 * part could be worked out as the total minus the other parts, so further parts are withheld,
 * smallest first, until the withheld parts are at least two and add up to at least the threshold;
 * when no part is left to withhold, the total is withheld (secondary suppression). Clients are not
 * told which withheld figure is the small one (one reason for both), so the withheld sum leaves
 * each of them a range of possible values. Zero stays visible: it identifies no one.
 */
export class DisclosureControl {
  constructor(readonly threshold: number) {}

  private isSmall(figure: DisclosureFigure): boolean {
    return (
      figure.unit === MeasurementUnit.COUNT &&
      countsPeople(figure) &&
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
  decide(given: DisclosureFigure[], unseen: number[] = []): Decisions {
    // In id order, whatever order the figures were read in: the choice of secondaries depends on
    // the order groups are protected, and two answers differing in it (an export, the API) would
    // together give away what each protects.
    const figures = [...given].sort((a, b) => a.id - b.id);
    const decisions: Decisions = new Map();
    const hidden = new Set(unseen);
    for (const id of hidden) decisions.set(id, Suppression.SECONDARY);
    // Two kinds of group: a total with its breakdown, and a total with the figures adding up to it.
    const groups = new Map<string, { totalId: number; parts: DisclosureFigure[] }>();
    const join = (kind: string, totalId: number, figure: DisclosureFigure) => {
      const key = `${kind}:${totalId}`;
      const group = groups.get(key) ?? { totalId, parts: [] };
      group.parts.push(figure);
      groups.set(key, group);
    };
    for (const figure of figures) {
      if (this.isSmall(figure)) decisions.set(figure.id, Suppression.PRIMARY);
      if (figure.parentId !== null) join('breakdown', figure.parentId, figure);
      if (figure.sumsTo != null) join('sum', figure.sumsTo, figure);
    }
    const byId = new Map(figures.map((f) => [f.id, f]));
    // A figure withheld for one group may open another (a total that is part of a sum): until nothing changes.
    for (let before = -1; before !== decisions.size; ) {
      before = decisions.size;
      for (const { totalId, parts } of groups.values()) {
        const total = byId.get(totalId);
        if (!total) continue;
        if (total.unit === MeasurementUnit.COUNT && countsPeople(total) && total.scope !== ObservationScope.CONTEXT) {
          this.protectGroup(total, parts, decisions, this.threshold);
        } else if (!decisions.has(total.id) && parts.some((p) => hidden.has(p.id))) {
          // Money, percentages, organisations: no count is small, but a part hidden from the
          // caller would still be the total minus the parts shown.
          this.protectGroup(total, parts, decisions, 0);
        }
      }
    }
    for (const id of hidden) decisions.delete(id);
    return decisions;
  }

  /** Withholds more of the group until its withheld parts are two or more and add up to `floor` at least. */
  private protectGroup(total: DisclosureFigure, parts: DisclosureFigure[], decisions: Decisions, floor: number) {
    const withheld = () => parts.filter((p) => decisions.has(p.id));
    const exposed = () => parts.filter((p) => !decisions.has(p.id) && p.value > 0).sort((a, b) => a.value - b.value || a.id - b.id);
    if (decisions.has(total.id)) {
      // The total is withheld: any non-zero part would narrow it down, and each is smaller anyway.
      for (const part of exposed()) decisions.set(part.id, Suppression.SECONDARY);
      return;
    }
    const recoverable = () => {
      const hidden = withheld();
      const sum = hidden.reduce((s, p) => s + p.value, 0);
      return hidden.length > 0 && (hidden.length < 2 || sum < floor);
    };
    while (recoverable()) {
      const next = exposed()[0];
      if (!next) {
        decisions.set(total.id, Suppression.SECONDARY);
        return;
      }
      decisions.set(next.id, Suppression.SECONDARY);
    }
  }
}

// Figures and the words that state small numbers ("a single father", "both of them"): only ever
// applied inside a withheld figure's own passage, so a word taken for a number costs little.
const NUMBER =
  /\d+(?:[.,]\d+)*%?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|single|couple|pair|both|dozen)\b/gi;

/** Every number in a passage replaced by "[withheld]". */
export function maskNumbers(text: string): string {
  return text.replace(NUMBER, '[withheld]');
}
