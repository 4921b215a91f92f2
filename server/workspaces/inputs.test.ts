import { describe, expect, it } from 'vitest'
import { CONFIG_SCHEMA_VERSION } from '@/lib/model'
import { EDITED_SWIFTLOGIX, readFrozenText, rebuild } from '@/data/presets/testing/frozen-v1-files'
import { parseIncomingScenario } from './inputs'
import type { RepositoryError } from './repository-error'

describe('parseIncomingScenario', () => {
  it('accepts a scenario an older ArchDeck exported, brought up to the current model version', () => {
    // A client still running model version 1 (or a script posting an old export) keeps saving.
    const scenario = parseIncomingScenario(JSON.parse(readFrozenText('edited-swiftlogix.archdeck.json')))
    expect(scenario).toEqual(rebuild(EDITED_SWIFTLOGIX))
    expect(scenario.config.schemaVersion).toBe(CONFIG_SCHEMA_VERSION)
  })

  it('refuses a scenario from a newer ArchDeck with the field and both versions', () => {
    const body = JSON.parse(readFrozenText('edited-swiftlogix.archdeck.json'))
    body.config.schemaVersion = CONFIG_SCHEMA_VERSION + 1
    let refusal: RepositoryError | undefined
    try {
      parseIncomingScenario(body)
    } catch (error) {
      refusal = error as RepositoryError
    }
    expect(refusal?.code).toBe('invalid')
    expect(refusal?.fieldErrors).toMatchObject([{ path: 'scenario.config.schemaVersion', message: `was saved by a newer ArchDeck (model version ${CONFIG_SCHEMA_VERSION + 1}; this one reads up to ${CONFIG_SCHEMA_VERSION})` }])
  })
})
