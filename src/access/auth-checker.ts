import type { AuthChecker } from 'type-graphql';
import { HubError, HubErrorCode } from '../errors';
import type { HubContext } from '../graphql/context';
import type { Role } from './roles';

/**
 * Coarse permissions (`@Authorized(Role.ADMIN)`): the role a query or mutation needs. Finer rules
 * (which partnership an editor may change) are checked by the services, row visibility by the
 * loaders (visibility.ts), personal data by personal-data.ts.
 */
export const authChecker: AuthChecker<HubContext, Role> = ({ context }, roles) => {
  const { caller } = context.policy;
  if (roles.length === 0 || roles.includes(caller.role)) return true;
  if (!caller.isAuthenticated) {
    throw new HubError(HubErrorCode.UNAUTHENTICATED, 'Sign in: send an API key as "Authorization: Bearer <key>"');
  }
  throw new HubError(HubErrorCode.FORBIDDEN, `A ${caller.role} key may not do this (needs ${roles.join(' or ')})`);
};
