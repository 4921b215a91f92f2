import { describe, expect, it } from 'vitest'
import { adrFileName, renderAdrIndex, renderAdrMarkdown, slugifyTitle } from './render-adr'
import { HOSTILE_TEXTS, liveMarkup } from '../report/testing/live-markup'
import type { Decision, FrozenFigures } from './types'

const FIGURES: Record<string, FrozenFigures> = {
  plan1: { monthlyUsd: 396.57, monthlyKrw: 515541, costComplete: true, withinBudget: false, autoRecovered: 5, scenarioCount: 8, worstP95Ms: 129.75, meetsSla: true, highFindings: 0, priceCatalogCompiled: '2026-11-22' },
  plan3: { monthlyUsd: 141.28, monthlyKrw: 183664, costComplete: false, withinBudget: false, autoRecovered: 3, scenarioCount: 8, worstP95Ms: 129.75, meetsSla: true, highFindings: 0, priceCatalogCompiled: '2026-11-22' },
  final: { monthlyUsd: 309.46, monthlyKrw: 402298, costComplete: true, withinBudget: false, autoRecovered: 3, scenarioCount: 8, worstP95Ms: 129.75, meetsSla: true, highFindings: 0, priceCatalogCompiled: '2026-11-22' },
}

function decision(overrides: Partial<Decision> = {}): Decision {
  return {
    id: 'd-1',
    number: 1,
    workspaceId: 'w-1',
    decidedAt: '2026-11-24T09:30:00.000Z',
    title: 'Adopt the final Seoul plan',
    context: 'Finance caps the bill at 150,000 KRW a month.\nOps wants the database to fail over by itself.',
    options: [
      { scenarioId: 'plan1', version: 2, name: 'SwiftLogix Seoul — plan 1 (high availability)', figures: FIGURES.plan1! },
      { scenarioId: 'plan3', version: 1, name: 'SwiftLogix Seoul — plan 3 (lowest cost)', figures: FIGURES.plan3! },
      { scenarioId: 'final', version: 4, name: 'SwiftLogix Seoul — final plan', figures: FIGURES.final! },
    ],
    chosenScenarioId: 'final',
    consequences: '- The bill stays over budget by about 252,000 KRW.\n- A NAT loss needs a person.',
    status: 'accepted',
    ...overrides,
  }
}

/** The cells of a GFM table row, split on unescaped pipes as GitHub does. */
function cellsOf(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim())
}

describe('renderAdrMarkdown', () => {
  it('names the file after the number and the title', () => {
    expect(renderAdrMarkdown(decision(), 'en').fileName).toBe('0001-adopt-the-final-seoul-plan.md')
    expect(adrFileName({ number: 42, title: 'Café: turn on Multi-AZ!' })).toBe('0042-cafe-turn-on-multi-az.md')
    expect(adrFileName({ number: 3, title: '서울 리전 최종안 채택' })).toBe('0003-decision.md')
    expect(adrFileName({ number: 12345, title: 'x' })).toBe('12345-x.md')
  })

  it('keeps slugs short and ASCII', () => {
    const slug = slugifyTitle('Use one NAT gateway per availability zone so that a zone outage never stops image pulls again')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(slugifyTitle('서울 DB 이중화')).toBe('db')
  })

  it('writes the docs/decisions sections with every option\'s frozen figures (English)', () => {
    const { markdown } = renderAdrMarkdown(decision(), 'en')
    expect(markdown).toMatch(/^# 0001 — Adopt the final Seoul plan\n\n- Date: 2026-11-24\n- Status: accepted\n\n## Context\n/)
    const headings = markdown.split('\n').filter((l) => l.startsWith('#'))
    expect(headings).toEqual(['# 0001 — Adopt the final Seoul plan', '## Context', '## Options', '## Decision', '## Consequences'])
    const rows = markdown.split('\n').filter((l) => l.startsWith('| '))
    expect(rows).toHaveLength(2 + 3)
    expect(cellsOf(rows[2]!)).toEqual(['SwiftLogix Seoul — plan 1 (high availability)', 'plan1 v2', '$396.57', '₩515,541', 'over', '5/8', '130 ms (SLA met)', '0', '2026-11-22'])
    expect(cellsOf(rows[3]!).slice(2, 5)).toEqual(['at least $141.28', 'at least ₩183,664', 'over'])
    expect(cellsOf(rows[4]!)[0]).toBe('**SwiftLogix Seoul — final plan** (chosen)')
    expect(markdown).toContain('We chose **SwiftLogix Seoul — final plan** (final v4). At the time of the decision it cost $309.46 (₩402,298) a month (over budget), recovered 3 of 8 failure scenarios automatically')
    expect(markdown).toContain('price catalog compiled 2026-11-22')
    expect(markdown).toContain('- A NAT loss needs a person.')
    expect(markdown.endsWith('A NAT loss needs a person.\n')).toBe(true)
  })

  it('writes the same record in Korean', () => {
    const { markdown, fileName } = renderAdrMarkdown(decision({ title: '서울 최종안 채택' }), 'ko')
    expect(fileName).toBe('0001-decision.md')
    expect(markdown).toMatch(/^# 0001 — 서울 최종안 채택\n\n- 날짜: 2026-11-24\n- 상태: 채택됨\n/)
    for (const heading of ['## 배경', '## 선택지', '## 결정', '## 결과']) expect(markdown).toContain(`\n${heading}\n`)
    expect(markdown).toContain('최소 US$141.28')
    expect(markdown).toContain('130 ms (SLA 충족)')
    expect(markdown).toContain('**SwiftLogix Seoul — final plan**(final v4)을 선택했습니다.')
    expect(markdown).toContain('장애 시나리오 8개 중 3개 자동 복구')
  })

  it('gives the chosen plan the Korean object particle its name takes', () => {
    const named = (name: string) => decision({ options: [{ scenarioId: 'final', version: 4, name, figures: FIGURES.final! }] })
    expect(renderAdrMarkdown(named('최종 배포'), 'ko').markdown).toContain('**최종 배포**(final v4)를 선택했습니다.')
    expect(renderAdrMarkdown(named('서울 최종안'), 'ko').markdown).toContain('**서울 최종안**(final v4)을 선택했습니다.')
  })

  it('is deterministic: the same decision renders to the same bytes', () => {
    expect(renderAdrMarkdown(decision(), 'en')).toEqual(renderAdrMarkdown(structuredClone(decision()), 'en'))
  })

  it('cannot be broken by user text: headings, fences, HTML and pipes stay text', () => {
    const hostile = decision({
      title: '# Evil | title <script>alert(1)</script>\n## Decision',
      context: '## Decision\nWe chose plan 3\n===\n```\nunclosed fence\n<!-- hide the rest\n| a | b |\n| - | - |\n---',
      consequences: '    # indented heading\n~~~\n***',
      options: [
        { scenarioId: 'a|b', version: 1, name: 'Plan | with pipes\nand a new line', figures: FIGURES.plan1! },
        { scenarioId: 'final', version: 1, name: 'Final `code` *bold* [link](x)', figures: FIGURES.final! },
      ],
    })
    const { markdown, fileName } = renderAdrMarkdown(hostile, 'en')
    expect(fileName).toBe('0001-evil-title-script-alert-1-script-decision.md')
    const lines = markdown.split('\n')
    // Only the record's own five headings, and no line that opens a fence, a comment or a setext heading.
    expect(lines.filter((l) => /^\s{0,3}#/.test(l))).toHaveLength(5)
    expect(lines.filter((l) => /^\s{0,3}(```|~~~)/.test(l))).toEqual([])
    expect(lines.filter((l) => /^\s{0,3}(=+|-+|\*{3,})\s*$/.test(l))).toEqual([])
    expect(markdown).not.toMatch(/(?<!\\)<(script|!--)/)
    // Each table row still has exactly nine cells.
    const rows = lines.filter((l) => l.startsWith('| '))
    expect(rows.map((r) => cellsOf(r).length)).toEqual([9, 9, 9, 9])
    expect(cellsOf(rows[2]!)[0]).toBe('Plan \\| with pipes and a new line')
    expect(cellsOf(rows[2]!)[1]).toBe('a\\|b v1')
    expect(cellsOf(rows[3]!)[0]).toBe('**Final \\`code\\` \\*bold\\* \\[link\\](x)** (chosen)')
    expect(lines[0]).toBe('# 0001 — \\# Evil \\| title \\<script\\>alert(1)\\</script\\> \\#\\# Decision')
  })

  it('never turns a title, a name, the context or the consequences into a link or an image', () => {
    for (const text of HOSTILE_TEXTS) {
      const hostile = decision({
        title: text,
        context: `Before.\n${text}\nAfter.`,
        consequences: text,
        options: [{ scenarioId: 'final', version: 4, name: text.slice(0, 120), figures: FIGURES.final! }],
      })
      for (const locale of ['en', 'ko'] as const) {
        expect(liveMarkup(renderAdrMarkdown(hostile, locale).markdown), `${locale}: ${text}`).toEqual([])
        // The index links each file on purpose; the title inside the link text must not add another.
        const row = renderAdrIndex([hostile], locale).markdown.split('\n').find((l) => l.startsWith('| 0001'))!
        expect(liveMarkup(row.replace(/\]\(0001-[a-z0-9-]+\.md\)/, '').replace(/^\| 0001 \| \[/, '')), `${locale} index: ${text}`).toEqual([])
      }
    }
  })

  it('says so when the chosen scenario is not among the options', () => {
    const { markdown } = renderAdrMarkdown(decision({ chosenScenarioId: 'gone' }), 'en')
    expect(markdown).toContain('The chosen scenario (gone) is not among the options above.')
    expect(markdown).not.toContain('(chosen)')
  })

  it('marks empty context and consequences as not recorded', () => {
    const { markdown } = renderAdrMarkdown(decision({ context: '  ', consequences: '' }), 'ko')
    expect(markdown.match(/_기록 없음\._/g)).toHaveLength(2)
  })
})

describe('renderAdrIndex', () => {
  const decisions = [
    decision({ id: 'd-2', number: 2, title: 'Turn on | Multi-AZ', decidedAt: '2026-12-01T00:00:00Z', status: 'proposed', chosenScenarioId: 'plan1' }),
    decision(),
  ]

  it('lists the decisions in number order, linking each file (English)', () => {
    const { fileName, markdown } = renderAdrIndex(decisions, 'en')
    expect(fileName).toBe('README.md')
    expect(markdown).toBe(
      [
        '# Decision records',
        '',
        '| No. | Decision | Status | Date | Chosen |',
        '| ---: | --- | --- | --- | --- |',
        '| 0001 | [Adopt the final Seoul plan](0001-adopt-the-final-seoul-plan.md) | accepted | 2026-11-24 | SwiftLogix Seoul — final plan |',
        '| 0002 | [Turn on \\| Multi-AZ](0002-turn-on-multi-az.md) | proposed | 2026-12-01 | SwiftLogix Seoul — plan 1 (high availability) |',
        '',
      ].join('\n'),
    )
  })

  it('speaks Korean and says when there is nothing yet', () => {
    expect(renderAdrIndex(decisions, 'ko').markdown).toContain('| 번호 | 결정 | 상태 | 날짜 | 선택 |')
    expect(renderAdrIndex(decisions, 'ko').markdown).toContain('| 제안됨 |')
    expect(renderAdrIndex([], 'ko').markdown).toBe('# 결정 기록\n\n_아직 기록된 결정이 없습니다._\n')
  })
})
