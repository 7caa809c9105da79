import { createUnionType, Field, Float, InputType, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { AchievementType } from '../achievement/achievement.type';
import { ActivityType } from '../activity/activity.type';
import { IllustrationType } from '../illustration/illustration.type';
import { InnovationType } from '../innovation/innovation.type';
import { ObjectiveType } from '../objective/objective.type';
import { IndicatorObservationType } from '../observation/indicator-observation.type';
import { MembershipType } from '../organisation/organisation.type';
import { PartnershipFilter } from '../partnership/partnership-filter.input';
import { PartnershipType } from '../partnership/partnership.type';
import { ProgressNoteType } from '../progress-note/progress-note.type';
import { ProjectType } from '../project/project.type';
import { ReportType } from '../report/report.type';
import { BeneficiaryCategoryType, TargetGroupType } from '../target-group/target-group.type';
import { TestimonialType } from '../testimonial/testimonial.type';
import { TransnationalEventType } from '../transnational/transnational.type';
import { SearchField, SearchRecordType } from './search.enum';

export const SearchRecord = createUnionType({
  name: 'SearchRecord',
  description: 'A record a search hit is in.',
  types: () =>
    [
      PartnershipType,
      ObjectiveType,
      ActivityType,
      TargetGroupType,
      BeneficiaryCategoryType,
      ProjectType,
      AchievementType,
      TestimonialType,
      InnovationType,
      ReportType,
      ProgressNoteType,
      IllustrationType,
      TransnationalEventType,
      MembershipType,
      IndicatorObservationType,
    ] as const,
  // search.resolver.ts tags each record with its type name when it loads it.
  resolveType: (row) => (row as { __typename?: string }).__typename,
});

@ObjectType('SnippetPart', { description: 'A piece of a snippet: matched words are `highlighted`.' })
export class SnippetPartType {
  @Field()
  text!: string;

  @Field()
  highlighted!: boolean;
}

@ObjectType('SearchHit', { description: 'One field of one record that matches a search, with where it was read.' })
export class SearchHitType {
  @Field(() => Float, { description: 'Relevance (higher first): how densely and closely the words occur.' })
  rank!: number;

  @Field(() => SearchRecordType)
  recordType!: SearchRecordType;

  @Field(() => SearchField, { description: 'The field of the record the words were found in.' })
  field!: SearchField;

  @Field({
    description:
      'The matching passage of the field, shortened around the matches, with the matched words in <mark>...</mark>; ' +
      'the rest is HTML-escaped, so it can be shown as HTML as it is.',
  })
  snippet!: string;

  @Field(() => [SnippetPartType], { description: 'The snippet as plain text pieces, for clients that do not render HTML.' })
  snippetParts!: SnippetPartType[];

  id!: number;
  recordId!: number;
  partnershipId!: number;
  passageId!: number | null;
}

@ObjectType()
export class SearchHitConnection extends ConnectionType(SearchHitType, 'SearchHit') {}

@InputType({ description: 'Which hits to keep.' })
export class SearchFilter {
  @Field(() => PartnershipFilter, { nullable: true, description: 'Only in the partnerships this selects.' })
  partnerships?: PartnershipFilter | null;

  @Field(() => [SearchRecordType], { nullable: true, description: 'Only these kinds of records.' })
  recordTypes?: SearchRecordType[] | null;

  @Field(() => [SearchField], { nullable: true, description: 'Only in these fields.' })
  fields?: SearchField[] | null;
}
