export { closeDb, getDb, openDatabase, targetFromEnv, type Database, type DatabaseHandle, type DatabaseTarget } from './client'
export { listMigrations, runMigrations } from './migrate'
export * as tables from './schema'
