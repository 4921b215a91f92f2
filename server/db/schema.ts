import { integer, jsonb, pgTable, primaryKey, text, timestamp, unique } from 'drizzle-orm/pg-core'

/**
 * Drizzle's view of the tables that server/db/migrations creates. The SQL files are the truth
 * (they run at start); these definitions only type the queries, so a column added here needs a
 * migration too.
 */

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow()

export const workspaces = pgTable('workspaces', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
})

export const scenarios = pgTable('scenarios', {
  id: text('id').primaryKey(),
  workspaceId: text('workspace_id')
    .notNull()
    .references(() => workspaces.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  latestVersion: integer('latest_version').notNull().default(0),
  copiedFromId: text('copied_from_id'),
  createdAt: createdAt(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
})

type VersionSource = 'create' | 'save' | 'restore' | 'conflict-copy'

export const scenarioVersions = pgTable(
  'scenario_versions',
  {
    scenarioId: text('scenario_id')
      .notNull()
      .references(() => scenarios.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    schemaVersion: integer('schema_version').notNull(),
    /** Unknown until it has been through the schema again (server/workspaces/read-stored-scenario.ts). */
    payload: jsonb('payload').$type<unknown>().notNull(),
    source: text('source').$type<VersionSource>().notNull(),
    basedOn: integer('based_on'),
    clientSaveId: text('client_save_id').unique(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.scenarioId, t.version] })],
)

export const shares = pgTable('shares', {
  id: text('id').primaryKey(),
  scenarioId: text('scenario_id').notNull(),
  version: integer('version').notNull(),
  createdAt: createdAt(),
})

export const decisions = pgTable(
  'decisions',
  {
    id: text('id').primaryKey(),
    workspaceId: text('workspace_id')
      .notNull()
      .references(() => workspaces.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    payload: jsonb('payload').$type<unknown>().notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (t) => [unique().on(t.workspaceId, t.number)],
)

export const schema = { workspaces, scenarios, scenarioVersions, shares, decisions }
