import { Field, InputType } from 'type-graphql';
import { compileCombinable, type Condition, type FilterScope } from '../../graphql/filter';
import { SourceDocumentKind } from './source.enum';

@InputType({ description: 'Which source documents. Fields combine with AND; `and`, `or` and `not` combine whole filters.' })
export class SourceDocumentFilter {
  @Field(() => [SourceDocumentFilter], { nullable: true, description: 'All of these.' })
  and?: SourceDocumentFilter[] | null;

  @Field(() => [SourceDocumentFilter], { nullable: true, description: 'Any of these.' })
  or?: SourceDocumentFilter[] | null;

  @Field(() => SourceDocumentFilter, { nullable: true, description: 'Not this.' })
  not?: SourceDocumentFilter | null;

  @Field(() => [String], { nullable: true, description: 'These documents, by key.' })
  keys?: string[] | null;

  @Field(() => [SourceDocumentKind], { nullable: true })
  kinds?: SourceDocumentKind[] | null;

  @Field(() => [String], { nullable: true, description: 'ISO 639-1 languages of the text ("en").' })
  languages?: string[] | null;
}

export function compileSourceDocumentFilter(filter: SourceDocumentFilter | null | undefined, scope: FilterScope, a: string): Promise<Condition> {
  return compileCombinable(filter, scope, async (f, path) => {
    const parts: Condition[] = [];
    const keys = scope.values(`${path}.keys`, f.keys);
    if (keys) parts.push({ sql: `${a}."key" in (?)`, bindings: [keys] });
    const kinds = scope.values(`${path}.kinds`, f.kinds);
    if (kinds) parts.push({ sql: `${a}."kind" in (?)`, bindings: [kinds] });
    const languages = scope.values(`${path}.languages`, f.languages);
    if (languages) parts.push({ sql: `${a}."language" in (?)`, bindings: [languages] });
    return parts;
  });
}
