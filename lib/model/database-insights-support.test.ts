import { describe, expect, it } from 'vitest'
import { supportsDatabaseInsights } from './database-insights-support'

// RDS User Guide, "Amazon RDS DB engine, Region, and instance class support for Database Insights".
describe('supportsDatabaseInsights', () => {
  it('refuses RDS for MySQL on the micro and small burstable classes and allows larger ones', () => {
    for (const instanceClass of ['db.t2.micro', 'db.t3.small', 'db.t4g.micro', 'db.t4g.small']) expect(supportsDatabaseInsights({ engine: 'mysql', instanceClass })).toBe(false)
    for (const instanceClass of ['db.t3.medium', 'db.m5.large']) expect(supportsDatabaseInsights({ engine: 'mysql', instanceClass })).toBe(true)
  })

  it('allows RDS for PostgreSQL on every class', () => {
    expect(supportsDatabaseInsights({ engine: 'postgresql', instanceClass: 'db.t3.micro' })).toBe(true)
  })
})
