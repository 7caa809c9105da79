import { registerEnumType } from 'type-graphql';

export enum AuditAction {
  API_KEY_CREATED = 'API_KEY_CREATED',
  API_KEY_REVOKED = 'API_KEY_REVOKED',
  SHARING_CHANGED = 'SHARING_CHANGED',
  DATASET_IMPORTED = 'DATASET_IMPORTED',
}

registerEnumType(AuditAction, { name: 'AuditAction', description: 'A kind of write the audit log records.' });
