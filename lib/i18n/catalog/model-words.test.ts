import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../data/presets'
import { applyOverrides, checkScenarioLink, encodeScenarioParam, parseSavedState, parseScenario, parseScenarioJson, serialiseSavedState, type FieldError, type Scenario } from '../../model'
import type { ModelReason } from '../../model/model-issues'
import { model as en } from './en/model'
import { model as ko } from './ko/model'
import { sayModel } from './say-model'

/**
 * The model's reasons are worded in both languages: English is the field error's own message (the
 * API's and the CLI's words), Korean is Korean and keeps the English's numbers and ids. The inputs
 * below break one rule each, so most codes are met; the catalogs' keys are checked by tsc.
 */

const HANGUL = /[가-힣]/
const swiftlogix = (): Scenario => structuredClone(PRESETS.find((p) => p.id === 'swiftlogix')!.scenario)

function refused(edit: (s: Scenario & Record<string, unknown>) => void): FieldError[] {
  const s = swiftlogix() as Scenario & Record<string, unknown>
  edit(s)
  const result = parseScenario(s)
  if (result.ok) throw new Error('expected the edit to be refused')
  return result.errors
}

const BROKEN: Record<string, () => FieldError[]> = {
  'a missing region': () => refused((s) => delete (s.config as Partial<Scenario['config']>).region),
  'a wrong region': () => refused((s) => (s.config.region = 'europe-west' as never)),
  'a typo in a field': () => refused((s) => Object.assign(s.config.database, { multiAZ: true })),
  'too many tasks': () => refused((s) => (s.config.services[0]!.count.max = 2e9)),
  'desired below min': () => refused((s) => (s.config.services[0]!.count = { min: 3, desired: 2, max: 4 })),
  'an unknown security group': () => refused((s) => (s.config.database.securityGroups = ['nope-sg'])),
  'a bad instance class': () => refused((s) => (s.config.database.instanceClass = 'huge')),
  'one availability zone': () => refused((s) => (s.config.network.azCount = 1)),
  'a day of 25 hours': () => refused((s) => (s.requirements.traffic.bands[0]!.hoursPerDay += 1)),
  'a text where a number goes': () => refused((s) => (s.requirements.budget.monthly = 'lots' as never)),
  'an unknown compute kind': () => refused((s) => (s.config.services[0]!.compute = { kind: 'lambda' } as never)),
  'a newer model version': () => refused((s) => (s.config.schemaVersion = 99 as never)),
  'a file that is not JSON': () => (parseScenarioJson('{"config":') as { errors: FieldError[] }).errors,
  'a link that is not a link': () => (checkScenarioLink('%%%') as { errors: FieldError[] }).errors,
}

describe('the model namespace', () => {
  it.each(Object.entries(BROKEN))('words %s in English as the field error says it, and in Korean', (_, errors) => {
    for (const error of errors()) {
      expect(error.reason).toBeDefined()
      const reason = error.reason!
      expect(sayModel('en', reason)).toBe(error.message)
      const korean = sayModel('ko', reason)
      expect(korean, error.message).toMatch(HANGUL)
      for (const number of error.message.match(/\d+/g) ?? []) expect(korean, error.message).toContain(number)
    }
  })

  it('words why saved work was ignored, with the field errors inside in the same language', () => {
    const s = swiftlogix()
    s.config.services[0]!.count.max = 2e9
    const saved = parseSavedState(serialiseSavedState(s, null, 'x'))
    if (saved.ok) throw new Error('expected the save to be ignored')
    expect(sayModel('en', saved.reason)).toBe(saved.message)
    expect(sayModel('ko', saved.reason)).toBe('저장된 작업이 더 이상 모델에 맞지 않아 무시했습니다 (config.services[0].count.max: 500 이하여야 합니다).')
  })

  it('words a link over the evaluation limits in Korean', () => {
    const s = swiftlogix()
    s.config.services[0]!.scaling = { ...s.config.services[0]!.scaling, policy: 'none', scheduledPeakCount: 2e9 }
    const check = checkScenarioLink(encodeScenarioParam(s))
    expect(!check.ok && check.errors.map((e) => sayModel('ko', e.reason!))).toEqual(['500 이하여야 합니다'])
  })

  it.each([['tasksPerService=lots'], ['dbMultiAz=maybe'], ['natGateways=3'], ['region=mars'], ['database..class=x'], ['database.nope.deeper=1'], ['services.9=1'], ['novalue'], ['database.storageGb=-1']])(
    'words the --set refusal %s in English as the CLI prints it, and in Korean',
    (override) => {
      const result = applyOverrides(swiftlogix(), [override])
      if (result.ok || !('reason' in result)) throw new Error('expected an override refusal')
      expect(sayModel('en', result.reason)).toBe(result.message)
      expect(sayModel('ko', result.reason)).toMatch(HANGUL)
    },
  )

  it('has the same codes in both languages', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
    const codes: ModelReason['code'][] = Object.keys(en) as ModelReason['code'][]
    for (const code of codes) expect(code).toMatch(/^model\./)
  })
})
