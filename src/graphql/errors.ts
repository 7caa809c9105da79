import { GraphQLError } from 'graphql';

/**
 * Error codes clients can branch on (`extensions.code`). Every error a resolver raises on purpose
 * carries one of these; anything else is a bug and is masked as INTERNAL_SERVER_ERROR.
 */
export enum HubErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
}

export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: HubErrorCode.BAD_USER_INPUT, ...details } });
}
