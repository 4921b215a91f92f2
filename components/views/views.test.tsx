// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { LocaleProvider } from '@/components/i18n/locale-provider'
import { say } from '@/lib/i18n'
import { BusinessView } from './business-view'
import { CtoView } from './cto-view'
import { FinanceView } from './finance-view'
import { overloadedProps, propsOf, unpricedPropsOf } from './helpers.fixture'
import { OpsView } from './ops-view'
import { OverviewView } from './overview-view'
import { SecurityView } from './security-view'
import { nextTab, StakeholderTabs } from './stakeholder-tabs'
import type { ViewProps } from './view-props'

function render(element: React.ReactElement): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(element), 'text/html')
}

const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? ''

describe('OverviewView', () => {
  it('answers each stakeholder in a sentence for swiftlogix, with the top three improvements', () => {
    const doc = render(<OverviewView {...propsOf('swiftlogix')} />)
    expect(text(doc.querySelector('h2'))).toBe('SwiftLogix final proposal')
    expect(text(doc.body)).toContain('us-east-1')
    const answers = [...doc.querySelectorAll('[data-stakeholder]')].map((li) => li.getAttribute('data-stakeholder'))
    expect(answers).toEqual(['ops', 'business', 'security', 'finance', 'cto'])
    expect(text(doc.querySelector('[data-stakeholder="ops"]'))).toContain('3 of 8 failures recover by themselves')
    expect(text(doc.querySelector('[data-stakeholder="finance"]'))).toContain('₩261,131 ($200.87) a month')
    expect(doc.querySelectorAll('ol > li')).toHaveLength(3)
  })
})

describe('OpsView', () => {
  it('lists all eight failure scenarios and marks the unresponsive Single-AZ database automatic, since RDS replaces its host (swiftlogix)', () => {
    const props = propsOf('swiftlogix')
    const doc = render(<OpsView {...props} />)
    const rows = [...doc.querySelectorAll('tr[data-scenario]')]
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(props.evaluation.recovery.scenarios.map((s) => say('en', s.title)))
    expect(rows).toHaveLength(8)
    const db = doc.querySelector('tr[data-scenario="db-unresponsive"]')
    expect(text(db)).toContain('auto')
    expect(text(db)).toContain('already automatic')
    expect(text(doc.querySelector('tr[data-scenario="region-outage"]'))).toContain('unbounded')
    expect(text(doc.body)).toContain('3 of 8 scenarios recover automatically = 37.5 %')
    expect(doc.querySelector('tr[data-scenario="az-outage"] details')).not.toBeNull()
  })
})

describe('FinanceView', () => {
  it('shows reserved lines no source prices as unknown with the reason, never as $0', () => {
    const doc = render(<FinanceView {...unpricedPropsOf('swiftlogix-seoul-plan2')} />)
    for (const id of ['rds-instance', 'cache', 'bastion']) {
      const row = doc.querySelector(`tr[data-line="${id}"]`)
      expect(text(row?.querySelector('td:last-child'))).toBe('unknown')
      expect(text(row)).toContain('price unknown')
      expect(text(row)).not.toContain('$0.00')
    }
    expect(text(doc.body)).toContain('at least')
    expect(text(doc.body)).toContain('1,300 KRW/USD')
  })

  it('prices the three options for swiftlogix in USD and KRW', () => {
    const doc = render(<FinanceView {...propsOf('swiftlogix')} />)
    // RDS already replaces a Single-AZ host by itself, so Multi-AZ makes no failure automatic on its own
    expect(text(doc.querySelector('tr[data-option="multi-az"]'))).toMatch(/\+\$15\.44.*\+₩20,072.*no change/)
    expect(text(doc.querySelector('tr[data-option="nat-per-az"]'))).toContain('+$32.85')
    expect(text(doc.querySelector('tr[data-line="fargate-vcpu:x86-0.5vcpu-1gb-20gb"]'))).toContain('6 tasks × 0.5 vCPU × 730 h × $0.04048/vCPU-h = $88.65')
  })
})

describe('SecurityView', () => {
  it('checks the seven layers and answers the database question with its path', () => {
    const doc = render(<SecurityView {...propsOf('swiftlogix')} />)
    expect(text(doc.body)).toContain('7 of 7 layers hold')
    expect(text(doc.body)).toContain('Only through the application')
    expect(text(doc.body)).toContain('The normal chain of a web application')
    expect(doc.querySelector('ol[aria-label="Internet to ALB to order to database"]')).not.toBeNull()
    expect(text(doc.body)).toContain('container-insights-off')
    expect(text(doc.body)).toContain('203.0.113.10/32 (Office)')
  })
})

describe('BusinessView and CtoView', () => {
  it('describe the peak day from engine figures (swiftlogix: +$14.22 for Black Friday)', () => {
    const doc = render(<BusinessView {...propsOf('swiftlogix')} />)
    expect(text(doc.body)).toContain('$215.09 − $200.87 = +$14.22')
    expect(text(doc.body)).toContain('2 / 2 / 14')
    expect(doc.querySelector('figure[role="img"]')?.getAttribute('aria-label')).toContain('Black Friday 200 req/s for 24 h')
  })

  it('tell the peak day with its figures in bold (swiftlogix)', () => {
    const story = render(<BusinessView {...propsOf('swiftlogix')} />).querySelector('p.leading-relaxed')
    expect(text(story)).toBe(
      'On Black Friday the autoscaler takes each service from 2 to 10 tasks. The slowest service answers in 83 ms at p95 against an SLA of 1,000 ms, so the peak is carried. Paying for the extra tasks during the event makes that month +$14.22 (+₩18,486).',
    )
    expect([...story!.querySelectorAll('strong')].map((b) => b.textContent)).toEqual(['2', '10', '83 ms', '+$14.22'])
  })

  it('say overloaded in words instead of drawing Infinity', () => {
    const props: ViewProps = overloadedProps()
    const cto = render(<CtoView {...props} />)
    expect(text(cto.body)).toContain('83 ms / overloaded')
    expect(cto.querySelector('figure[role="img"]')?.getAttribute('aria-label')).toContain('overloaded at Black Friday')
    expect(text(render(<BusinessView {...props} />).body)).toContain('not carried')
  })
})

describe('StakeholderTabs', () => {
  it('renders an accessible tablist with the overview, the five stakeholder tabs, the advisor and the selected panel', () => {
    const doc = render(<StakeholderTabs {...propsOf('swiftlogix')} tab="ops" onTabChange={() => {}} />)
    const tabs = [...doc.querySelectorAll('[role="tablist"] [role="tab"]')]
    expect(tabs.map((t) => text(t))).toEqual(['Overview', 'Ops', 'Business', 'Security', 'Finance', 'CTO', 'Advisor'])
    expect(tabs.map((t) => t.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false', 'false', 'false', 'false', 'false'])
    expect(tabs.map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '0', '-1', '-1', '-1', '-1', '-1'])
    const panel = doc.querySelector('[role="tabpanel"]')!
    expect(panel.getAttribute('aria-labelledby')).toBe(tabs[1]!.id)
    expect(tabs[1]!.getAttribute('aria-controls')).toBe(panel.id)
    expect(panel.querySelectorAll('tr[data-scenario]')).toHaveLength(8)
  })

  it('moves with the arrow keys, wrapping at the ends, and jumps with Home and End', () => {
    expect(nextTab('overview', 'ArrowRight')).toBe('ops')
    expect(nextTab('cto', 'ArrowRight')).toBe('advisor')
    expect(nextTab('advisor', 'ArrowRight')).toBe('overview')
    expect(nextTab('overview', 'ArrowLeft')).toBe('advisor')
    expect(nextTab('finance', 'Home')).toBe('overview')
    expect(nextTab('ops', 'End')).toBe('advisor')
    expect(nextTab('ops', 'Enter')).toBeNull()
  })
})

describe('the views in Korean', () => {
  const ko = (element: React.ReactElement) => render(<LocaleProvider initial="ko">{element}</LocaleProvider>)

  it('names the tabs in Korean', () => {
    const doc = ko(<StakeholderTabs {...propsOf('swiftlogix')} tab="finance" onTabChange={() => {}} />)
    const tabs = [...doc.querySelectorAll('[role="tablist"] [role="tab"]')]
    expect(tabs.map((t) => text(t))).toEqual(['개요', '운영', '비즈니스', '보안', '재무', 'CTO', '설계 추천'])
    expect(text(doc.querySelector('[role="tabpanel"]'))).toContain('예산')
  })

  it('shows Finance and Ops in Korean with ko-KR money, the engine sentences and formulas included', () => {
    const finance = ko(<FinanceView {...propsOf('swiftlogix')} />)
    expect(text(finance.body)).toContain('월 US$200.87')
    expect(text(finance.body)).toContain('예산 ₩111,131 초과')
    expect(text(finance.querySelector('tr[data-option="multi-az"]'))).toMatch(/\+US\$15\.44.*\+₩20,072.*변화 없음/)
    const ops = ko(<OpsView {...propsOf('swiftlogix')} />)
    expect(text(ops.body)).toContain('8건 중 3건 자동 복구')
    expect(text(ops.querySelector('tr[data-scenario="db-unresponsive"]'))).toContain('자동')
    const dbRow = text(ops.querySelector('tr[data-scenario="db-unresponsive"]'))
    expect(dbRow).toContain('데이터베이스 무응답')
    expect(dbRow).toContain('이미 자동')
    expect(dbRow).toContain('같은 스토리지를 붙이므로(약 30분)')
    expect(dbRow).not.toMatch(/Turn on|restores|Database unresponsive/)
    expect(text(finance.querySelector('tr[data-line^="fargate-vcpu"]'))).toContain('태스크 6개 × 0.5 vCPU × 730 h')
  })

  it('answers the five questions in Korean, with the particle the name takes', () => {
    const doc = ko(<OverviewView {...propsOf('swiftlogix')} />)
    expect(text(doc.body)).toContain('미국 동부(버지니아 북부) · 가용 영역 2개 · 서비스 3개')
    expect(text(doc.querySelector('[data-stakeholder="security"]'))).toContain('애플리케이션을 거쳐서만 닿습니다')
    expect(text(doc.querySelector('[data-stakeholder="security"]'))).toContain('(인터넷 → ALB → order → 데이터베이스)')
    expect(text(doc.querySelector('[data-stakeholder="ops"]'))).toContain('단일 장애점: 배스천 호스트, 데이터베이스, NAT, 리전.')
    expect(text(doc.querySelector('[data-stakeholder="cto"]'))).toContain('최대 p95 83ms')
    expect(text(doc.body)).not.toMatch(/을\(를\)|Needs action|Worst p95/)
  })

  it('tells the peak day in Korean, figures in bold and 은/는 after the services at their maximum', () => {
    const doc = ko(<BusinessView {...propsOf('swiftlogix')} />)
    const story = doc.querySelector('p.leading-relaxed')
    expect(text(story)).toBe(
      'Black Friday 동안 오토스케일러가 서비스별 태스크를 2개에서 10개로 늘립니다. 가장 느린 서비스의 응답 시간 p95는 83ms이고 SLA는 1,000ms이므로 피크를 감당할 수 있습니다. 이벤트 동안 추가로 실행하는 태스크 비용 때문에 그달 비용이 +US$14.22 (+₩18,486) 달라집니다.',
    )
    expect([...story!.querySelectorAll('strong')].map((b) => b.textContent)).toEqual(['2', '10', '83ms', '+US$14.22'])
    const overloaded = text(ko(<BusinessView {...overloadedProps()} />).querySelector('p.leading-relaxed'))
    expect(overloaded).toContain('하나 이상의 서비스가 과부하 상태여서')
    expect(overloaded).toContain('Order service, Stock service, Payment service는 이미 오토스케일링 최대치로 실행되므로')
  })

  it('shows the CTO view in Korean with the one millisecond format', () => {
    const body = text(ko(<CtoView {...propsOf('swiftlogix')} />).body)
    expect(body).toContain('SLA p95 < 1,000ms')
    expect(body).toContain('83ms / 83ms')
    expect(body).toContain('용량 산정')
    expect(body).not.toMatch(/Sizing|Trade-off|typical/)
  })

  it('shows Security in Korean, the engine sentences included', () => {
    const body = text(ko(<SecurityView {...propsOf('swiftlogix')} />).body)
    expect(body).toContain('인터넷에서 데이터베이스에 포트 5432로 직접 접속할 수 없습니다: ')
    expect(body).toContain('1. VPC 격리')
    expect(body).toContain('배스천 호스트는 Office 203.0.113.10/32에서만 SSH를 허용합니다.')
    expect(body).toContain('ECS Container Insights가 꺼져 있습니다.')
    expect(body).toContain('조치: 클러스터의 Container Insights를 켜세요.')
    expect(body).not.toMatch(/cannot reach|Turn on|is private/)
  })
})
