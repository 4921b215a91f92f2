import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './client'
import { isNewerDatabaseError, listMigrations } from './migrate'
import { TEST_BACKENDS } from './test-backends'

describe('listMigrations', () => {
  const dirs: string[] = []
  const tempDir = (files: Record<string, string>) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'archdeck-migrations-'))
    dirs.push(dir)
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
    return dir
  }
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })))

  it('reads the repository migrations in order, starting with 0001_init.sql', () => {
    const migrations = listMigrations()
    expect(migrations[0]?.name).toBe('0001_init.sql')
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1))
  })

  it('sorts by number, not by listing order', () => {
    const dir = tempDir({ '0002_b.sql': 'SELECT 2;', '0001_a.sql': 'SELECT 1;' })
    expect(listMigrations(dir).map((m) => m.name)).toEqual(['0001_a.sql', '0002_b.sql'])
  })

  it('refuses a gap in the numbering', () => {
    const dir = tempDir({ '0001_a.sql': 'SELECT 1;', '0003_c.sql': 'SELECT 3;' })
    expect(() => listMigrations(dir)).toThrow(/without gaps or repeats/)
  })

  it('refuses a file that is not named NNNN_words.sql', () => {
    const dir = tempDir({ '1_init.sql': 'SELECT 1;' })
    expect(() => listMigrations(dir)).toThrow(/must be named NNNN_words\.sql/)
  })
})

for (const backend of TEST_BACKENDS) {
  describe.skipIf(!backend.available)(`migrations on ${backend.name}`, () => {
    it('applies every migration on a fresh database and none when it is opened again', async () => {
      const first = await backend.open()
      try {
        expect(first.appliedMigrations).toEqual(listMigrations().map((m) => m.version))
        await first.close()
        const again = await openDatabase(first.target)
        try {
          expect(again.appliedMigrations).toEqual([])
          // Both drivers answer raw SQL with { rows }.
          const rows = (await again.db.execute(sql`SELECT version FROM schema_migrations ORDER BY version`)) as unknown as { rows: { version: number }[] }
          expect(rows.rows.map((r) => Number(r.version))).toEqual(listMigrations().map((m) => m.version))
        } finally {
          await again.close()
        }
      } finally {
        await first.removeStorage()
      }
    })

    it('refuses to open a database a newer ArchDeck migrated, with an error the 500 handler recognises', async () => {
      const first = await backend.open()
      try {
        await first.db.execute(sql`INSERT INTO schema_migrations (version, name, checksum) VALUES (9999, '9999_future.sql', 'x')`)
        await first.close()
        const opening = openDatabase(first.target)
        const error = await opening.then(() => null, (e: unknown) => e)
        expect(isNewerDatabaseError(error)).toBe(true)
        expect((error as Error).message).toContain('migration(s) 9999 that this ArchDeck does not know')
      } finally {
        await first.removeStorage()
      }
    })
  })
}
