import { Extensions, Field, Float, ObjectType } from 'type-graphql';
import { withheldCell } from '../../graphql/withheld-cells';
import { SuppressionReason } from '../../access/disclosure.enum';
import type { ExportRow } from './export.service';

/**
 * A row of the observations export, field for field the columns of /export/observations.csv
 * (snake_case on purpose: the same names in files and in GraphQL).
 */
@ObjectType('ObservationExportRow', { description: 'One figure as the exports give it (same columns as /export/observations.csv).' })
export class ObservationExportRowType implements ExportRow {
  @Field() observation_id!: string;
  @Field() partnership_slug!: string;
  @Field() partnership_name!: string;
  @Field() metric_code!: string;
  @Field() metric_label!: string;
  @Field(() => Float, { nullable: true }) @Extensions(withheldCell((r: ExportRow) => r.suppressed)) value!: number | null;
  @Field() unit!: string;
  @Field(() => String, { nullable: true }) currency!: string | null;
  @Field() qualifier!: string;
  @Field(() => String, { nullable: true }) stated_as!: string | null;
  @Field(() => String, { nullable: true }) period_label!: string | null;
  @Field(() => String, { nullable: true }) period_start!: string | null;
  @Field(() => String, { nullable: true }) period_end!: string | null;
  @Field(() => String, { nullable: true }) as_of!: string | null;
  @Field() scope!: string;
  @Field() nature!: string;
  @Field(() => String, { nullable: true }) project!: string | null;
  @Field(() => String, { nullable: true }) area_code!: string | null;
  @Field(() => String, { nullable: true }) area_nuts_code!: string | null;
  @Field(() => String, { nullable: true }) breakdown_of!: string | null;
  @Field(() => String, { nullable: true }) breakdown_dimension!: string | null;
  @Field(() => String, { nullable: true }) breakdown_category!: string | null;
  @Field(() => String, { nullable: true }) comparator_id!: string | null;
  @Field() suppressed!: boolean;
  @Field(() => SuppressionReason, { nullable: true }) suppression_reason!: SuppressionReason | null;
  @Field() source_document!: string;
  @Field(() => String, { nullable: true }) source_section!: string | null;
  @Field(() => String, { nullable: true }) source_quote!: string | null;
  @Field(() => String, { nullable: true }) indicator_codes!: string | null;
  @Field(() => String, { nullable: true }) indicator_labels!: string | null;
  @Field(() => String, { nullable: true }) mapping_strengths!: string | null;
  @Field(() => String, { nullable: true }) concept_codes!: string | null;
  @Field(() => String, { nullable: true }) concept_labels!: string | null;
  @Field() status!: string;
}

@ObjectType('ObservationExportPage')
export class ObservationExportPageType {
  @Field(() => [ObservationExportRowType])
  rows!: ObservationExportRowType[];

  @Field(() => String, { nullable: true, description: 'Pass as `after` for the next page; null on the last page.' })
  endCursor!: string | null;
}
