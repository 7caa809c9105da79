import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Settings the hub keeps in its own database, so every process on it agrees: the secret global
 * IDs are made with, and the small-count threshold the stored disclosure decisions were made with.
 */
@Entity()
export class HubSetting {
  @PrimaryKey({ length: 60 })
  name!: string;

  @Property({ type: 'text' })
  value!: string;
}
