import { describe, expect, it } from 'vitest'
import { findPreset, PRESETS } from '../../data/presets'
import { withUnpricedReservations } from '../../data/presets/testing/unpriced-reservations'
import { evaluateScenario } from '../evaluate'
import { LOCALES } from '../i18n'
import { setDbMultiAz, type Scenario } from '../model'
import { hasPlainTitle } from './finding-title'
import { narrate } from './narrate'
import type { Narrative, SectionId } from './types'

const swiftlogix = findPreset('swiftlogix')!.scenario
const tell = (scenario: Scenario, locale: 'en' | 'ko') => narrate(scenario, evaluateScenario(scenario), locale)
const section = (n: Narrative, id: SectionId) => n.sections.find((s) => s.id === id)!

describe('narrate in English (swiftlogix)', () => {
  const n = tell(swiftlogix, 'en')

  it('opens with a summary and follows with the five stakeholders in order', () => {
    expect(n.sections.map((s) => s.id)).toEqual(['summary', 'ops', 'business', 'security', 'finance', 'cto'])
    expect(section(n, 'summary').headline).toBe('Two things need a decision: failure recovery and the budget')
    expect(section(n, 'summary').verdict).toBe('bad')
  })

  it('states the monthly cost against the budget in won, from the engine (200.87 USD × 1,300)', () => {
    const finance = section(n, 'finance')
    expect(finance.headline).toBe('₩261,131 a month, ₩111,131 over budget')
    expect(finance.sentences).toContain('The plan costs ₩261,131 a month, ₩111,131 over the ₩150,000 budget.')
    expect(finance.sentences).toContain('That is $200.87 at ₩1,300 to the US dollar, with AWS prices as of November 22, 2026.')
    expect(finance.verdict).toBe('bad')
  })

  it('says what a data-centre outage does without the word AZ', () => {
    const ops = section(n, 'ops')
    expect(ops.headline).toBe('3 of 8 failures fix themselves')
    expect(ops.sentences).toContain(
      "If one data centre fails, the app and the load balancer carry on by themselves, but the database and the servers' outbound internet link need a person: the service is fully back in about 60 minutes.",
    )
    expect(ops.sentences).toContain(
      'The database has no standby copy: if it stops responding, it recovers by itself in about 30 minutes.',
    )
    expect(ops.sentences.join(' ')).not.toMatch(/\bAZ\b|Multi-AZ|RTO|RPO/)
  })

  it('answers the business, security and CTO questions with the engine numbers', () => {
    expect(section(n, 'business').sentences).toContain('Each service runs 2 servers normally and adds more by itself, up to 10 during Black Friday.')
    expect(section(n, 'security').headline).toBe('The database cannot be reached from the internet')
    expect(section(n, 'security').sentences).toContain(
      'To get to it, an attacker would first have to take over the Order service (internet → load balancer → Order service → database).',
    )
    expect(section(n, 'cto').headline).toBe('Answers in 83 ms, well within the 1,000 ms target')
    expect(section(n, 'cto').sentences).toContain('The target: 95 in 100 requests to GET /api/orders are answered within 1,000 ms.')
  })

  it('prices the decision with the engine options', () => {
    expect(n.decision.headline).toBe('Approve ₩261,131 a month, or cut ₩111,131')
    // RDS already replaces a Single-AZ host by itself, and the AZ outage still waits on the shared NAT,
    // so neither Multi-AZ nor a NAT per AZ alone makes one more failure fix itself; the standby does
    // bring the database's recovery within the 5-minute objective (a failover instead of a new host).
    expect(n.decision.steps).toEqual([
      'Budget: approve ₩261,131 a month, ₩111,131 more than planned, or cut the plan to fit ₩150,000.',
      // The ways to fit the budget (lib/advise/fit-budget.ts), before the options that add cost.
      "Or cut ₩113,126 a month, to ₩148,005, with smaller app servers and a single small server as the servers' outbound internet link. Every failure recovers as before, and answers at the peak take 91 ms instead of 83 ms.",
      'Give the database a standby copy in a second data centre: +₩20,072 a month, and one more failure is over within the recovery target.',
    ])
    expect(n.exchangeRate).toBe('1 US dollar = ₩1,300')
  })
})

describe('narrate in Korean (swiftlogix)', () => {
  const n = tell(swiftlogix, 'ko')

  it('writes won after the number, as a Korean CFO reads it', () => {
    const finance = section(n, 'finance')
    expect(finance.title).toBe('재무')
    expect(finance.headline).toBe('월 261,131원, 예산 111,131원 초과')
    expect(finance.sentences).toContain('이 구성의 월 비용은 261,131원으로, 예산 150,000원을 111,131원 초과합니다.')
    expect(finance.sentences).toContain('달러로는 200.87달러이며, 1달러당 1,300원으로 환산했습니다(AWS 단가 기준일 2026년 11월 22일).')
  })

  it('explains a data-centre outage in plain Korean with the right particles', () => {
    const ops = section(n, 'ops')
    expect(ops.headline).toBe('장애 8가지 중 3가지만 자동 복구')
    expect(ops.sentences).toContain(
      '데이터센터 한 곳이 멈추면 앱과 로드밸런서는 스스로 복구되지만 데이터베이스와 외부 인터넷 연결(NAT)은 담당자가 직접 복구해야 해서, 서비스가 완전히 돌아오기까지 약 60분이 걸립니다.',
    )
  })

  it('answers every stakeholder in Korean', () => {
    expect(section(n, 'summary').headline).toBe('결정이 필요한 사항 2가지: 장애 복구, 예산')
    expect(section(n, 'security').headline).toBe('인터넷에서 데이터베이스에 접근 불가')
    expect(section(n, 'cto').headline).toBe('응답 83ms, 목표 1,000ms 충족')
    expect(section(n, 'business').sentences).toContain('서비스마다 평소 서버 2대로 운영하다가, Black Friday에는 자동으로 10대까지 늘어납니다.')
    expect(n.decision.headline).toBe('월 261,131원 승인, 또는 111,131원 절감')
    expect(n.decision.steps[1]).toBe(
      '또는 월 113,126원을 줄여 월 148,005원으로: 앱 서버 한 단계 축소, 외부 인터넷 연결을 작은 서버 한 대(NAT 인스턴스)로 대체. 장애 복구는 그대로이며, 피크 때 응답은 83ms에서 91ms로 늘어납니다.',
    )
    expect(n.exchangeRate).toBe('1달러 = 1,300원')
  })
})

describe('narrate follows the scenario', () => {
  const multiAz: Scenario = { ...swiftlogix, config: setDbMultiAz(swiftlogix.config, true) }

  it('changes the ops sentences when the database gets a standby copy', () => {
    const before = section(tell(swiftlogix, 'en'), 'ops')
    const after = section(tell(multiAz, 'en'), 'ops')
    expect(after.headline).toBe('3 of 8 failures fix themselves')
    expect(after.sentences).toContain(
      "If one data centre fails, the app, the database and the load balancer carry on by themselves, but the servers' outbound internet link needs a person: the service is fully back in about 30 minutes.",
    )
    expect(after.sentences).toContain(
      'The database has a standby copy in a second data centre: if it stops responding, it switches to the standby by itself in about 2 minutes.',
    )
    expect(after.sentences).not.toEqual(before.sentences)
  })

  it('changes the Korean ops sentence too', () => {
    expect(section(tell(multiAz, 'ko'), 'ops').sentences).toContain(
      '데이터베이스는 다른 데이터센터에 대기 복제본이 있어, 응답이 멈추면 약 2분 안에 자동으로 대기 복제본으로 전환됩니다.',
    )
  })

  it('says a whole data-centre outage recovers by itself when every part does', () => {
    const petclinic = findPreset('petclinic-3tier')!.scenario
    expect(section(tell(petclinic, 'en'), 'ops').sentences).toContain('If one data centre fails, the service recovers by itself in about 4 minutes.')
    expect(section(tell(petclinic, 'ko'), 'ops').sentences).toContain('데이터센터 한 곳이 멈춰도 약 4분 안에 서비스가 스스로 복구됩니다.')
  })

  it('calls a total with unknown prices a lower bound', () => {
    // Seed 001's plan 2 on reservations no source prices: RDS, ElastiCache and the bastion.
    const n = tell(withUnpricedReservations(findPreset('swiftlogix-seoul-plan2')!.scenario), 'en')
    expect(section(n, 'finance').headline).toMatch(/^At least ₩/)
    expect(section(n, 'finance').sentences).toContain('3 prices are not known yet, so the real total will be higher.')
  })

  it('writes whole sentences for every preset in both languages, without placeholders', () => {
    for (const preset of PRESETS)
      for (const locale of LOCALES) {
        const n = tell(preset.scenario, locale)
        const text = [...n.sections.flatMap((s) => [s.headline, ...s.sentences]), n.decision.headline, ...n.decision.steps].join('\n')
        expect(text, `${preset.id} ${locale}`).not.toMatch(/undefined|NaN|null|\[object/)
        for (const s of n.sections) expect(s.sentences.length, `${preset.id} ${locale} ${s.id}`).toBeGreaterThan(0)
      }
  })

  it('has plain words for every finding the presets and a world-open bastion raise', () => {
    const open = structuredClone(swiftlogix)
    open.config.securityGroups.find((g) => g.id === 'bastion-sg')!.ingress[0]!.peer = { kind: 'cidr', cidr: '0.0.0.0/0' }
    const findings = [...PRESETS.map((p) => p.scenario), open].flatMap((s) => evaluateScenario(s).security.findings)
    expect(findings.some((f) => f.id.startsWith('sg-world-ssh'))).toBe(true)
    for (const finding of findings) expect(hasPlainTitle(finding.id), finding.id).toBe(true)
    expect(tell(open, 'en').decision.steps[0]).toBe('Fix the 1 serious security issue first: remote server login is open to the whole internet.')
  })
})

describe('narrate: a design that cannot start', () => {
  it('opens with why it cannot run and gives no section a green verdict', async () => {
    const { setNatGateways } = await import('../model')
    const base = structuredClone(findPreset('swiftlogix')!.scenario)
    const scenario = { ...base, config: setNatGateways(base.config, 0) }
    const narrative = narrate(scenario, evaluateScenario(scenario), 'en')
    const [summary] = narrative.sections
    expect(summary!.headline).toBe('This plan cannot run as drawn: 3 problems stop it from starting')
    expect(summary!.sentences[0]).toMatch(/cannot download the application/)
    expect(narrative.sections.map((s) => s.verdict)).not.toContain('good')
    expect(narrate(scenario, evaluateScenario(scenario), 'ko').sections[0]!.headline).toMatch(/^이 계획은 그린 그대로는 실행되지 않습니다/)
  })
})

describe('narrate: the decision offers ways to fit the budget', () => {
  /** SwiftLogix with a NAT gateway per AZ, at ₩225,000: several cuts, one of which costs recovery. */
  const perAz: Scenario = {
    config: { ...swiftlogix.config, network: { ...swiftlogix.config.network, nat: { ...swiftlogix.config.network.nat, mode: 'per-az' } } },
    requirements: { ...swiftlogix.requirements, budget: { ...swiftlogix.requirements.budget, monthly: 225_000 } },
  }
  const cuts = (locale: 'en' | 'ko') => tell(perAz, locale).decision.steps.filter((s) => s.startsWith(locale === 'en' ? 'Or cut' : '또는 월'))

  it('lists up to three cuts after the budget step, least harm first, each with its saving and what it costs', () => {
    const en = cuts('en')
    expect(en).toHaveLength(3)
    expect(en[0]).toBe(
      'Or cut ₩94,003 a month, to ₩209,833, with smaller app servers and no detailed database monitoring. Every failure recovers as before, and answers at the peak take 91 ms instead of 83 ms.',
    )
    expect(en[2]).toBe(
      "Or cut ₩112,983 a month, to ₩190,853, with smaller app servers and one outbound internet link shared by every data centre. The loss of the servers' outbound internet link then needs a person and answers at the peak take 91 ms instead of 83 ms.",
    )
    const steps = tell(perAz, 'en').decision.steps
    expect(steps.indexOf(en[0]!)).toBe(steps.findIndex((s) => s.startsWith('Budget:')) + 1)
  })

  it('says the same in Korean', () => {
    const ko = cuts('ko')
    expect(ko).toHaveLength(3)
    expect(ko[2]).toBe(
      '또는 월 112,983원을 줄여 월 190,853원으로: 앱 서버 한 단계 축소, 외부 인터넷 연결(NAT)을 데이터센터끼리 공유. 외부 인터넷 연결(NAT) 장애는 담당자가 직접 복구해야 합니다. 피크 때 응답은 83ms에서 91ms로 늘어납니다.',
    )
  })

  it('offers no cut within budget: the decision reads as before', () => {
    const roomy = { ...swiftlogix, requirements: { ...swiftlogix.requirements, budget: { ...swiftlogix.requirements.budget, monthly: 300_000 } } }
    for (const locale of LOCALES) expect(tell(roomy, locale).decision.steps.join('\n')).not.toMatch(/Or cut|또는 월/)
  })
})
