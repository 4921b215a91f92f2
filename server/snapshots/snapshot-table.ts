import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * Drizzle's view of the table server/db/migrations/0003_snapshots.sql creates (the SQL is the
 * truth). Kept beside its only user: no relation joins it to the workspace tables.
 */
export const snapshots = pgTable('snapshots', {
  id: text('id').primaryKey(),
  schemaVersion: integer('schema_version').notNull(),
  /** Unknown until it has been through the schema again (readSnapshot). */
  payload: jsonb('payload').$type<unknown>().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
})
