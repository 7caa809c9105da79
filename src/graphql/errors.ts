import { GraphQLError } from 'graphql';
import { HubError, HubErrorCode } from '../errors';

export { HubErrorCode };

export function badUserInput(message: string, details: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: HubErrorCode.BAD_USER_INPUT, ...details } });
}

/** The one place a service's HubError becomes a GraphQL error. */
export function toGraphQLError(error: HubError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: error.code, ...error.details } });
}
