import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Role } from '../../access/roles';

export enum ApiKeyStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiKeyStatus, { name: 'ApiKeyStatus' });

/** An API key as administrators see it: never its secret (only a hash is stored). */
@ObjectType('ApiKey', { description: 'An API key (its secret is shown only once, at creation).' })
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'The public part of the key ("pdh_<prefix>_..."), to recognise it in logs.' })
  prefix!: string;

  @Field(() => ApiKeyStatus)
  status!: ApiKeyStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field()
  createdBy!: string;

  partnershipIds!: number[];
}

@ObjectType('CreatedApiKey')
export class CreatedApiKeyType {
  @Field({ description: 'The key to send as "Authorization: Bearer <key>". Shown once: store it now.' })
  secret!: string;

  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;
}

@InputType('CreateApiKeyInput')
export class CreateApiKeyInput {
  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => [String], { nullable: true, description: 'Slugs of the partnerships a PARTNERSHIP_EDITOR key may edit.' })
  partnerships?: string[] | null;

  @Field(() => Date, { nullable: true })
  expiresAt?: Date | null;
}

@ObjectType('Viewer', { description: 'The caller of this request.' })
export class ViewerType {
  @Field(() => Role)
  role!: Role;

  @Field(() => String, { nullable: true, description: 'Name of the API key used; null for anonymous callers.' })
  apiKeyName!: string | null;

  partnershipIds!: number[];
}
