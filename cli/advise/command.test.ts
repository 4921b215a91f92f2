import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseScenario } from '../../lib/model'
import { runCli, runCliAsync, type CliRun } from '../testing/run-cli'

// One search per goal set (about a second each): the runs are shared by the tests that read them.
let swiftlogix: CliRun
let dir: string
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'archdeck-advise-'))
  swiftlogix = await runCliAsync('advise', '--preset', 'swiftlogix', '--json')
}, 30_000)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const PROPOSAL_KEYS = ['changes', 'monthlyUsd', 'monthlyKrw', 'coverage', 'p95Ms', 'meets', 'scenario']

describe('archdeck advise --json', () => {
  it('prints goals, best, frontier, closest and examined; each design with its priced changes, figures, goals met and whole scenario', () => {
    expect(swiftlogix).toMatchObject({ code: 0, stderr: '' })
    const json = JSON.parse(swiftlogix.stdout)
    expect(json).toMatchObject({ goals: { budgetKrw: 150_000, slaP95Ms: expect.any(Number) }, best: expect.any(Object), frontier: expect.any(Array), closest: [], examined: expect.any(Number) })
    expect(json.frontier.length).toBeGreaterThan(0)
    expect(json.examined).toBeGreaterThanOrEqual(json.frontier.length)
    for (const proposal of [json.best, ...json.frontier]) {
      expect(Object.keys(proposal)).toEqual(expect.arrayContaining(PROPOSAL_KEYS))
      expect(Object.keys(proposal.meets).sort()).toEqual(['budget', 'recovery', 'security', 'sla'])
      expect(proposal.coverage).toBeGreaterThanOrEqual(0)
      expect(proposal.coverage).toBeLessThanOrEqual(1)
      expect(parseScenario(proposal.scenario).ok).toBe(true)
    }
    expect(json.best.meets).toEqual({ budget: true, sla: true, recovery: true, security: true })
    expect(json.best.monthlyKrw).toBeLessThanOrEqual(150_000)
    // A change reads as Compare prices it: "NAT: one shared NAT gateway → NAT instance (t3.nano), −$32.96/month", with its codes beside.
    expect(json.best.changes[0]).toMatchObject({ path: expect.stringMatching(/^config\./), text: expect.stringMatching(/^[^:]+: .+ → .+/), label: expect.any(String), code: expect.stringMatching(/^compare\./) })
    expect(json.best.changes.some((c: { effects: { text: string }[] }) => c.effects.some((e) => /[−+]\$[\d.,]+\/month/.test(e.text)))).toBe(true)
  })

  it("SwiftLogix within its 150,000 KRW budget: report --config of the best design's scenario gives the same total, coverage, p95 at peak and verdicts, and check finds no breach", () => {
    const { best } = JSON.parse(swiftlogix.stdout)
    const file = join(dir, 'best.json')
    writeFileSync(file, JSON.stringify(best.scenario))
    const report = runCli('report', '--config', file, '--json')
    expect(report.code).toBe(0)
    const { cost } = JSON.parse(report.stdout)
    expect({ monthlyUsd: cost.monthlyUsd, monthlyKrw: cost.monthlyKrw, withinBudget: cost.withinBudget }).toEqual({ monthlyUsd: best.monthlyUsd, monthlyKrw: best.monthlyKrw, withinBudget: true })
    const { recovery, capacity, security } = JSON.parse(report.stdout)
    expect(recovery.coverage).toBe(best.coverage)
    expect(Math.max(...capacity.services.map((s: { peakP95Ms: number }) => s.peakP95Ms))).toBeCloseTo(best.p95Ms, 1)
    expect({ meetsSla: capacity.meetsSla, high: security.counts.high }).toEqual({ meetsSla: true, high: 0 })
    expect(runCli('check', '--config', file)).toMatchObject({ code: 0 })
  })
})

describe('archdeck advise (text)', () => {
  it('exits 1 when no design meets every goal, and shows the closest with what each misses and by how much, then the frontier', async () => {
    const { code, stdout, stderr } = await runCliAsync('advise', '--preset', 'swiftlogix', '--budget', '1000')
    expect({ code, stderr }).toEqual({ code: 1, stderr: '' })
    expect(stdout).toMatch(/^Goals: at most ₩1,000 a month, the peak month too · p95 within [\d,]+ ms on a typical day and at the peak/m)
    expect(stdout).toMatch(/^No design meets every goal\. The closest( \d+)?:$/m)
    expect(stdout).toMatch(/^ {2}1\. ₩[\d,]+ \(\$[\d,.]+\) a month · recovery coverage [\d.]+ % · p95 at peak [\d,]+ ms$/m)
    expect(stdout).toMatch(/^ {5}misses: ₩[\d,]+ a month over the budget/m)
    expect(stdout).toMatch(/^ {3}# +KRW a month +USD a month +coverage +p95 at peak +changes +misses$/m)
    expect(stdout).toMatch(/^ {3}1 +₩[\d,]+ +\$[\d,.]+ +[\d.]+ % +[\d,]+ ms +\d+ +budget/m)
    expect(stdout).toMatch(/^[\d,]+ designs? examined\.$/m)
  })

  it('words the advice in Korean with --lang ko', async () => {
    const { code, stdout } = await runCliAsync('advise', '--preset', 'swiftlogix', '--lang', 'ko')
    expect(code).toBe(0)
    expect(stdout).toMatch(/^목표: 월 150,000원 이하\(피크가 있는 달 포함\) · 평소와 피크 모두 p95 [\d,]+ms 이내/m)
    expect(stdout).toMatch(/^최선의 설계: 모든 목표를 충족하는 가장 저렴한 설계$/m)
    expect(stdout).toMatch(/^ {2}월 [\d,]+원\([\d,.]+달러\) · 자동 복구 비율 [\d.]+ % · 피크 p95 [\d,]+ms$/m)
    expect(stdout).toMatch(/^설계 [\d,]+개를 검토했습니다\.$/m)
    expect(stdout).not.toMatch(/\b(Goals|Best design|examined|a month)\b/)
  })
})
