import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const ISO_639_1 = /^[a-z]{2}$/;

function parse(value: unknown): string {
  if (typeof value !== 'string' || !ISO_639_1.test(value)) {
    throw new GraphQLError(`LanguageCode must be an ISO 639-1 code of two lowercase letters ("en", "cy"); got ${JSON.stringify(value)?.slice(0, 40)}`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value;
}

/** An ISO 639-1 language code: labels come in languages ("en", "cy" for Welsh, more to come). */
export const LanguageCodeScalar = new GraphQLScalarType<string, string>({
  name: 'LanguageCode',
  description: 'ISO 639-1 language code: two lowercase letters ("en", "cy").',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined),
});

export const DEFAULT_LANGUAGE = 'en';
