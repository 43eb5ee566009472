import type { DesksideDb } from '@/lib/db/database';
import type { RpcRouter } from './rpc';

/**
 * Every feature's background methods, registered in one place. Each feature keeps its handlers
 * in its own module (`handlers-<feature>.ts`) and adds one line here.
 */
export function registerHandlers(rpc: RpcRouter, db: DesksideDb): void {
  void rpc;
  void db;
}
