import type { DataSource } from 'typeorm';
import type { Logger } from '../logging/logger.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface GraphQLContext {
  requestId: string;
  logger: Logger;
  db: DataSource;
  loaders: Loaders;
}

export function createContext(db: DataSource, logger: Logger, requestId: string): GraphQLContext {
  return { requestId, logger: logger.child({ requestId }), db, loaders: createLoaders(db) };
}
