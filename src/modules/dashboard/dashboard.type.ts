import { Field, Int, ObjectType } from 'type-graphql';
import type { Condition } from '../../graphql/filter';
import { InnovationDimension, InnovationLevel } from '../innovation/innovation.enum';
import { Programme } from '../partnership/partnership.enum';

@ObjectType('InnovationCell', { description: 'One cell of the innovation matrix: a dimension at a level.' })
export class InnovationCellType {
  @Field(() => InnovationDimension)
  dimension!: InnovationDimension;

  @Field(() => InnovationLevel)
  level!: InnovationLevel;

  @Field(() => Int, { description: 'Innovations classified so.' })
  count!: number;

  @Field(() => Int, { description: 'Partnerships with at least one of them.' })
  partnershipCount!: number;

  innovationIds!: number[];
}

@ObjectType('InnovationMatrix', { description: "The EQUAL scatter plot over many partnerships: every dimension x level cell with its innovations." })
export class InnovationMatrixType {
  @Field(() => Int, { description: 'Innovations in all cells.' })
  total!: number;

  @Field(() => [InnovationCellType], {
    description: 'Every cell, dimension by dimension (PROCESS, PRACTICE, PRODUCT, POLICY), each from CITY to EUROPEAN; empty cells have count 0.',
  })
  cells!: InnovationCellType[];
}

@ObjectType('PopulationCoverage', { description: 'How many partnerships work with a population group (a POPULATION concept).' })
export class PopulationCoverageType {
  @Field(() => Int)
  partnershipCount!: number;

  conceptId!: number;
  partnershipIds!: number[];
}

@ObjectType('PlaceCount', { description: 'Partnerships working in a place.' })
export class PlaceCountType {
  @Field(() => Int, { description: 'Working in the place or in places within it (each partnership once).' })
  count!: number;

  @Field(() => Int, { description: 'Naming the place itself.' })
  directCount!: number;

  placeId!: number;
}

@ObjectType('ProgrammeCount', { description: 'Partnerships of a programme.' })
export class ProgrammeCountType {
  @Field(() => Programme)
  programme!: Programme;

  @Field(() => Int)
  count!: number;
}

@ObjectType('ThemeCount', { description: 'Partnerships of a theme (THEME concept); the theme is null for those without one.' })
export class ThemeCountType {
  @Field(() => Int)
  count!: number;

  themeConceptId!: number | null;
}

@ObjectType('RoundCount', { description: 'Partnerships of an EQUAL round; null for those that state none.' })
export class RoundCountType {
  @Field(() => Int, { nullable: true })
  round!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PartnershipCounts', { description: 'Counts of the selected partnerships for dashboards; each list is one SQL statement, run only when asked for.' })
export class PartnershipCountsType {
  /** `select "sp"."id" from "partnership" "sp" where <filter>`. */
  filtered!: Condition;
}
