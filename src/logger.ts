import pino, { type Logger } from 'pino';
import type { HubConfig } from './config';

export type { Logger };

/** JSON lines on stdout (pino): one line per event, ready for any log shipper. */
export function createLogger(config: Pick<HubConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'partnership-data-hub' } });
}
