import { describe, expect, it } from 'vitest'
import { evaluateScenario } from '@/lib/evaluate'
import { overloadedProps, propsOf, unpricedPropsOf } from './helpers.fixture'
import { answerStakeholders, findWorstService } from './stakeholder-answers'
import { listTopImprovements } from './top-improvements'

describe('answerStakeholders', () => {
  it('answers the five seed questions for swiftlogix in tab order', () => {
    const answers = answerStakeholders(propsOf('swiftlogix'), 'en')
    expect(answers.map((a) => a.tab)).toEqual(['ops', 'business', 'security', 'finance', 'cto'])
    const [ops, business, security, finance, cto] = answers
    expect(ops).toMatchObject({ answer: '3 of 8 failures recover by themselves', verdict: 'bad' })
    expect(ops!.detail).toContain('bastion, database, nat and region')
    expect(business).toMatchObject({ verdict: 'good' })
    expect(business!.answer).toBe('Yes: Black Friday at 200 req/s runs 10 tasks per service, p95 83 ms')
    expect(security!.answer).toBe('No: only through the application (Internet → ALB → order → database), the normal chain of a web app')
    expect(security!.verdict).toBe('good')
    expect(finance!.verdict).toBe('bad')
    expect(finance!.answer).toMatch(/₩261,131 \(\$200\.87\) a month vs ₩150,000 \(\$115\.38\)/)
    expect(finance!.detail).toMatch(/Over budget by ₩111,131 \(\$85\.49\) at 1,300 KRW\/USD/)
    expect(cto).toMatchObject({ verdict: 'good' })
    expect(cto!.answer).toMatch(/^Worst p95 83 ms \(Order service, busiest daily band\) vs SLA 1,000 ms$/)
  })

  it('says a total with unknown prices is a lower bound and only watches it', () => {
    const finance = answerStakeholders(unpricedPropsOf('mau-1m'), 'en').find((a) => a.tab === 'finance')!
    expect(finance.verdict).toBe('warn')
    expect(finance.answer).toMatch(/^At least /)
    expect(finance.detail).toContain('2 price(s) unknown')
  })

  it('warns when the peak runs the services at their autoscaling maximum (plan 2)', () => {
    const business = answerStakeholders(propsOf('swiftlogix-seoul-plan2'), 'en').find((a) => a.tab === 'business')!
    expect(business.verdict).toBe('warn')
    expect(business.detail).toContain('every service hits the autoscaling maximum')
  })

  it('says no, with the overloaded service, when the peak overwhelms it', () => {
    const answers = answerStakeholders(overloadedProps(), 'en')
    const business = answers.find((a) => a.tab === 'business')!
    const cto = answers.find((a) => a.tab === 'cto')!
    expect(business).toMatchObject({ verdict: 'bad', answer: 'No: Black Friday (2,500 req/s) overwhelms Order service and Payment service' })
    expect(cto.verdict).toBe('bad')
    expect(cto.answer).toContain('Order service is overloaded at Black Friday')
  })

  it('reports a database reachable straight from the internet as bad', () => {
    const { scenario } = propsOf('swiftlogix')
    const open = structuredClone(scenario)
    open.config.securityGroups.find((g) => g.id === 'rds-sg')!.ingress.push({ protocol: 'tcp', fromPort: 5432, toPort: 5432, peer: { kind: 'cidr', cidr: '0.0.0.0/0' } })
    open.config.database.publiclyAccessible = true
    open.config.network.routing['private-db'].defaultRoute = 'igw'
    const security = answerStakeholders({ scenario: open, evaluation: evaluateScenario(open) }, 'en').find((a) => a.tab === 'security')!
    expect(security.verdict).toBe('bad')
    expect(security.answer).toMatch(/^Yes: the internet reaches the database directly on 5432/)
  })
})

describe('answerStakeholders in Korean', () => {
  it('answers in Korean with ko-KR money, keeping names from the config in English', () => {
    const [ops, business, , finance, cto] = answerStakeholders(propsOf('swiftlogix'), 'ko')
    expect(ops).toMatchObject({ stakeholder: '운영', answer: '장애 8건 중 3건 자동 복구' })
    expect(business!.answer).toBe('예: Black Friday(200 req/s)에 서비스당 태스크 10개, p95 83ms')
    expect(finance!.answer).toBe('월 비용 ₩261,131(US$200.87) / 예산 ₩150,000(US$115.38)')
    expect(finance!.detail).toContain('환율 1,300 KRW/USD 기준')
    expect(cto!.detail).toMatch(/^SLA 충족: 서비스 3개 중 3개/)
    expect(cto!.answer).toContain('(Order service, 가장 바쁜 일일 대역)')
  })

  it('names the change and the failures it makes automatic in Korean', () => {
    const [first] = listTopImprovements(propsOf('swiftlogix').evaluation, 'ko')
    expect(first).toMatchObject({ text: 'Database Multi-AZ 켜기, AZ마다 NAT 게이트웨이 하나씩 두기', why: '자동 복구로 전환: 가용 영역 장애 (현재 부분)' })
  })
})

describe('findWorstService', () => {
  it('picks the highest p95 and says at which load point', () => {
    const worst = findWorstService(propsOf('petclinic-3tier').evaluation.capacity.services)
    expect(worst?.service.serviceId).toBe('was')
    expect(findWorstService([])).toBeNull()
  })
})

describe('listTopImprovements', () => {
  it('lists the first three recovery improvements in scenario order for swiftlogix', () => {
    const top = listTopImprovements(propsOf('swiftlogix').evaluation, 'en')
    expect(top.map((i) => i.text)).toEqual([
      'Turn on Database Multi-AZ and run one NAT gateway per AZ',
      'Turn on deployment auto-rollback for Order service, Stock service and Payment service',
      'Turn on storage autoscaling (set a database maximum storage above 20 GB)',
    ])
    expect(top[0]!.why).toBe('Makes automatic: Availability zone outage (now partial)')
  })

  it('puts the fix of a high finding first', () => {
    const { scenario } = propsOf('swiftlogix')
    const open = structuredClone(scenario)
    open.config.securityGroups.find((g) => g.id === 'bastion-sg')!.ingress[0]!.peer = { kind: 'cidr', cidr: '0.0.0.0/0' }
    const top = listTopImprovements(evaluateScenario(open), 'en')
    expect(top[0]!.kind).toBe('security')
    expect(top).toHaveLength(3)
  })

  it('merges scenarios that name the same change', () => {
    // A service at desired 0: neither a crashed task nor a failed host brings it back, and both name the same change.
    const idle = structuredClone(propsOf('swiftlogix').scenario)
    idle.config.services[2]!.count = { min: 0, desired: 0, max: 10 }
    const top = listTopImprovements(evaluateScenario(idle), 'en', 10)
    const runOne = top.find((i) => i.text === 'Run at least 1 task (desired count ≥ 1) of Payment service')!
    expect(runOne.why).toBe('Makes automatic: App crash / OOM (now partial), Host failure (now partial)')
  })
})
