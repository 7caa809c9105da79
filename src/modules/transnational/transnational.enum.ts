import { registerEnumType } from 'type-graphql';

export enum TransnationalEventKind {
  TECHNICAL_MEETING = 'TECHNICAL_MEETING',
  SEMINAR = 'SEMINAR',
  VISIT = 'VISIT',
  OTHER = 'OTHER',
}

registerEnumType(TransnationalEventKind, { name: 'TransnationalEventKind', description: 'Kind of transnational event.' });
