import { LocalDateResolver } from 'graphql-scalars';
import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { SortDirection } from '../../graphql/connection';
import { InnovationDimension, InnovationLevel } from '../innovation/innovation.enum';
import { OrganisationRole } from '../organisation/organisation.enum';
import { ConceptMatch } from '../taxonomy/concept.filter';
import { PartnershipStatus, Programme } from './partnership.enum';

/** The two lists a partnership states its population in. */
export enum PopulationList {
  TARGET_GROUPS = 'TARGET_GROUPS',
  BENEFICIARY_CATEGORIES = 'BENEFICIARY_CATEGORIES',
}
registerEnumType(PopulationList, { name: 'PopulationList', description: "A partnership's list of groups it works with." });

export enum PartnershipSortField {
  NAME = 'NAME',
  ACTION_2_END_DATE = 'ACTION_2_END_DATE',
  ACTION_3_END_DATE = 'ACTION_3_END_DATE',
  END_DATE = 'END_DATE',
  INDICATOR_VALUE = 'INDICATOR_VALUE',
}
registerEnumType(PartnershipSortField, {
  name: 'PartnershipSortField',
  description: 'What to sort partnerships by.',
  valuesConfig: {
    NAME: { description: 'Name.' },
    ACTION_2_END_DATE: { description: 'End date of EQUAL Action 2; partnerships without one last.' },
    ACTION_3_END_DATE: { description: 'End date of EQUAL Action 3; partnerships without one last.' },
    END_DATE: { description: 'The last end date stated: Action 3, else Action 2 (the date `activeOn` compares with); none last.' },
    INDICATOR_VALUE: {
      description:
        "The partnership's latest reported figure of the metrics named in `metrics` (a total, not a breakdown item, context " +
        'figure or target; the one with the latest period end or as-of date, then the last in source order); partnerships ' +
        'without one last.',
    },
  },
});

@InputType({ description: 'Places by key, with or without the places within them.' })
export class PlaceMatch {
  @Field(() => [String], { description: 'Place keys ("wales"); any of them matches.' })
  keys!: string[];

  @Field({ defaultValue: true, description: 'Also match places within them ("wales" takes in Powys and Conwy).' })
  includeDescendants!: boolean;
}

@InputType({ description: 'Partnerships whose target groups or beneficiary categories map to these population concepts.' })
export class PopulationMatch extends ConceptMatch {
  @Field(() => [PopulationList], {
    defaultValue: [PopulationList.TARGET_GROUPS, PopulationList.BENEFICIARY_CATEGORIES],
    description: 'Which lists to look in (both by default).',
  })
  in!: PopulationList[];
}

@InputType({ description: 'Partnerships with at least one innovation classified so (both given: in the same classification).' })
export class InnovationMatch {
  @Field(() => [InnovationDimension], { nullable: true })
  dimensions?: InnovationDimension[] | null;

  @Field(() => [InnovationLevel], { nullable: true })
  levels?: InnovationLevel[] | null;
}

@InputType({
  description: 'Partnerships in which one of these organisations has a role (one of `roles`, when given), in the partnership itself or in one of its projects.',
})
export class OrganisationMatch {
  @Field(() => [String], { description: 'Organisation keys ("british-waterways").' })
  keys!: string[];

  @Field(() => [OrganisationRole], { nullable: true })
  roles?: OrganisationRole[] | null;
}

@InputType({
  description:
    'Which partnerships. The fields given must all hold (AND); a list field matches any of its values; `and`, `or` and ' +
    '`not` combine whole filters. Unknown codes, keys or enum values are refused with BAD_USER_INPUT.',
})
export class PartnershipFilter {
  @Field(() => [PartnershipFilter], { nullable: true, description: 'All of these.' })
  and?: PartnershipFilter[] | null;

  @Field(() => [PartnershipFilter], { nullable: true, description: 'Any of these.' })
  or?: PartnershipFilter[] | null;

  @Field(() => PartnershipFilter, { nullable: true, description: 'Not this.' })
  not?: PartnershipFilter | null;

  @Field(() => [String], { nullable: true, description: 'These partnerships, by slug.' })
  slugs?: string[] | null;

  @Field(() => PlaceMatch, { nullable: true, description: 'Working in these places (and, by default, places within them).' })
  places?: PlaceMatch | null;

  @Field(() => [String], { nullable: true, description: 'Working anywhere in these countries (or UK nations): place keys of kind COUNTRY or NATION.' })
  countries?: string[] | null;

  @Field(() => [Programme], { nullable: true })
  programmes?: Programme[] | null;

  @Field(() => [Int], { nullable: true, description: 'EQUAL rounds.' })
  rounds?: number[] | null;

  @Field(() => [PartnershipStatus], { nullable: true })
  statuses?: PartnershipStatus[] | null;

  @Field(() => ConceptMatch, { nullable: true, description: 'Theme, as THEME concepts (by default with their narrower themes).' })
  theme?: ConceptMatch | null;

  @Field(() => PopulationMatch, { nullable: true, description: 'Working with these population groups (by default with their narrower groups).' })
  population?: PopulationMatch | null;

  @Field(() => InnovationMatch, { nullable: true })
  innovation?: InnovationMatch | null;

  @Field(() => OrganisationMatch, { nullable: true })
  organisation?: OrganisationMatch | null;

  @Field(() => LocalDateResolver, {
    nullable: true,
    description:
      'Still running on this date: it is on or before the last end date the partnership states (Action 3, else Action 2). ' +
      'Partnerships stating neither are left out; start dates are not in the sources, so earlier dates match too.',
  })
  activeOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Full-text search over every narrative field, as in `search(query:)`.' })
  text?: string | null;
}

@InputType({ description: 'One key of the order of a list of partnerships.' })
export class PartnershipOrder {
  @Field(() => PartnershipSortField)
  field!: PartnershipSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC })
  direction!: SortDirection;

  @Field(() => [String], {
    nullable: true,
    description:
      'For INDICATOR_VALUE: metric keys ("bury-est/starters"). Each partnership is sorted by the first of these metrics it ' +
      'reports, so comparable local metrics can be listed together (each partnership\'s own count of people reached).',
  })
  metrics?: string[] | null;
}
