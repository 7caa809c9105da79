import { CountOf, MeasurementUnit, ObservationScope } from '../modules/observation/observation.enum';
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

interface Group {
  total: DisclosureFigure;
  parts: DisclosureFigure[];
  /** A rest: what a breakdown holds beyond a sum of some of its parts. */
  rest?: { sum: DisclosureFigure; breakdown: DisclosureFigure };
}

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
    for (const figure of figures) if (this.isSmall(figure)) decisions.set(figure.id, Suppression.PRIMARY);
    const groups = this.groups(figures);
    // A figure withheld for one group may open another (a total that is part of a sum): until nothing changes.
    for (let before = -1; before !== decisions.size; ) {
      before = decisions.size;
      for (const group of groups) {
        // The rest of a breakdown beyond a sum of some of its parts stands for no figure: it is
        // withheld when either of the two is, and withholding it withholds the sum.
        if (group.rest && (decisions.has(group.rest.sum.id) || decisions.has(group.rest.breakdown.id))) decisions.set(group.total.id, Suppression.SECONDARY);
        if (group.total.unit === MeasurementUnit.COUNT && countsPeople(group.total) && group.total.scope !== ObservationScope.CONTEXT) {
          this.protectGroup(group.total, group.parts, decisions, this.threshold);
        } else if (decisions.has(group.total.id) || group.parts.some((p) => decisions.has(p.id))) {
          // Money, percentages, organisations: no count is small, but a part hidden from the caller
          // (or withheld for another group) would still be the total minus the parts shown.
          this.protectGroup(group.total, group.parts, decisions, 0);
        }
        if (group.rest && decisions.has(group.total.id) && !decisions.has(group.rest.breakdown.id)) {
          decisions.set(group.rest.sum.id, decisions.get(group.rest.sum.id) ?? Suppression.SECONDARY);
        }
      }
    }
    for (const group of groups) if (group.rest) decisions.delete(group.total.id);
    for (const id of hidden) decisions.delete(id);
    return decisions;
  }

  /**
   * The groups whose totals can be worked out from their parts, in the order they are protected
   * (sums, then breakdowns, then rests; each by its total's id): a total with its breakdown; a
   * total with the figures adding up to it; and where a sum is made of some parts of one
   * breakdown (the disability groups of the starters = "54 ... have a disability"), the rest of
   * that breakdown (Ethnicity + Young care leavers = 59 - 54), a total no source states.
   * Sums first: a part withheld for a sum often protects the breakdown too, sparing another.
   */
  private groups(figures: DisclosureFigure[]): Group[] {
    const byId = new Map(figures.map((f) => [f.id, f]));
    const breakdowns = new Map<number, DisclosureFigure[]>();
    const sums = new Map<number, DisclosureFigure[]>();
    const add = (map: Map<number, DisclosureFigure[]>, totalId: number, figure: DisclosureFigure) => {
      const parts = map.get(totalId);
      if (parts) parts.push(figure);
      else map.set(totalId, [figure]);
    };
    for (const figure of figures) {
      if (figure.parentId !== null) add(breakdowns, figure.parentId, figure);
      if (figure.sumsTo != null) add(sums, figure.sumsTo, figure);
    }
    const sumGroups: Group[] = [];
    const breakdownGroups: Group[] = [];
    const rests: Group[] = [];
    for (const [totalId, parts] of sums) {
      const total = byId.get(totalId);
      if (!total) continue;
      sumGroups.push({ total, parts });
      const parentId = parts[0].parentId;
      const breakdown = parentId !== null ? byId.get(parentId) : undefined;
      if (!breakdown || !parts.every((p) => p.parentId === parentId)) continue;
      const others = (breakdowns.get(parentId!) ?? []).filter((p) => !parts.includes(p));
      if (others.length === 0) continue;
      // Negative ids: no figure's; removed from the decisions before they are returned.
      const rest: DisclosureFigure = { ...breakdown, id: -total.id, value: breakdown.value - total.value, parentId: null, sumsTo: null };
      rests.push({ total: rest, parts: others, rest: { sum: total, breakdown } });
    }
    for (const [totalId, parts] of breakdowns) {
      const total = byId.get(totalId);
      if (total) breakdownGroups.push({ total, parts });
    }
    const byTotal = (a: Group, b: Group) => Math.abs(a.total.id) - Math.abs(b.total.id);
    return [...sumGroups.sort(byTotal), ...breakdownGroups.sort(byTotal), ...rests.sort(byTotal)];
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
