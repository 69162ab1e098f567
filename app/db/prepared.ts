// A statement built once per database, executed with its values: drizzle otherwise builds the SQL
// text of every query anew (0.1-0.2 ms each), which the statements run for every text add up to.
import type { Db } from './database.ts'

export function preparedFor<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>()
  return (db) => {
    let statement = built.get(db)
    if (statement === undefined) {
      statement = build(db)
      built.set(db, statement)
    }
    return statement
  }
}
