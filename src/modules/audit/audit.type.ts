import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { ConnectionType } from '../../graphql/connection';
import { Role } from '../../access/roles';
import { AuditAction } from './audit.enum';

@ObjectType('AuditEntry', { description: 'One write or key change, as the audit log recorded it.' })
export class AuditEntryType {
  @Field(() => ID)
  id!: number;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field(() => AuditAction)
  action!: AuditAction;

  @Field(() => Role)
  actorRole!: Role;

  @Field({ description: 'Name of the API key used, or the tool ("seed", "cli").' })
  actorName!: string;

  @Field({ description: 'Type of the record changed ("ApiKey", "Objective", ...).' })
  targetType!: string;

  @Field({ description: 'ID of the record changed (global ID where it has one).' })
  targetId!: string;

  @Field(() => GraphQLJSONObject, { description: 'What changed: values before and after.' })
  changes!: Record<string, unknown>;

  @Field(() => String, { nullable: true, description: 'Request that made the change (matches the logs).' })
  requestId!: string | null;

  createdAt!: string;
  actorKeyId!: number | null;
}

@ObjectType()
export class AuditEntryConnection extends ConnectionType(AuditEntryType, 'AuditEntry') {}
