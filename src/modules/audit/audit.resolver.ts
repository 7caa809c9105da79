import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { timestampOf } from '../../db/row-loaders';
import { ConnectionArgs, paginate } from '../../graphql/connection';
import type { HubContext } from '../../graphql/context';
import { ReadsFromPrimary } from '../../graphql/primary-reads';
import { Role } from '../../access/roles';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntryConnection, AuditEntryType } from './audit.type';

@Resolver(() => AuditEntryType)
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => AuditEntryConnection, { description: 'The audit log, newest first (administrators).' })
  @ReadsFromPrimary()
  auditLog(@Args() args: ConnectionArgs, @Ctx() { em, loaders }: HubContext) {
    return paginate<AuditEntryType>({
      knex: em.getKnex(),
      ids: loaders.scope.ids,
      query: () => loaders.select(AuditEntry),
      keys: [{ expression: '"t"."id"', direction: 'desc', type: 'number', value: (e) => e.id }],
      args,
      run: (q) => loaders.run(q),
    });
  }

  @FieldResolver(() => Date)
  at(@Root() entry: AuditEntryType) {
    return timestampOf(entry.createdAt);
  }
}
