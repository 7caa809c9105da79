import { LocalDateResolver } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';

@ObjectType('Period', { description: 'A period as the source states it, with dates where the wording pins them.' })
export class PeriodType {
  @Field({ description: 'As stated: "2012/13", "By the end of the financial year 2003-4".' })
  label!: string;

  @Field(() => LocalDateResolver, { nullable: true })
  start!: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  end!: string | null;
}

/** The period a row states in its periodLabel/periodStart/periodEnd columns, or null. */
export function periodOf(row: { periodLabel: string | null; periodStart: string | null; periodEnd: string | null }): PeriodType | null {
  return row.periodLabel ? { label: row.periodLabel, start: row.periodStart, end: row.periodEnd } : null;
}
