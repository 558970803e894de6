// Statements prepared once per connection, for the hottest paths (a checklist click, a token check, the audit row every
// change writes, the readiness scorecard's reads of other domains): building a query with the query builder and preparing
// it in SQLite costs more than running it.
import "server-only";
import type Database from "better-sqlite3";
import { getConnection, type Db } from "../client";

/** `build` runs once per connection (tests and the bench switch databases); the statements it returns are reused. */
export function preparedPerConnection<T>(build: (connection: { db: Db; sqlite: Database.Database }) => T): () => T {
  const cache = new WeakMap<Database.Database, T>();
  return () => {
    const connection = getConnection();
    let statements = cache.get(connection.sqlite);
    if (!statements) {
      statements = build(connection);
      cache.set(connection.sqlite, statements);
    }
    return statements;
  };
}
