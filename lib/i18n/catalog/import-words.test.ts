import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importTerraform } from '../../import/import-terraform'
import { importMessages as en } from './en/import'
import type { ImportReason } from './import-reasons'
import { importMessages as ko } from './ko/import'
import { sayImport } from './say-import'
import { englishLeftIn } from './testing/english-left-in'

const HANGUL = /[가-힣]/

/** A hand-written project that trips most of the report: defaults, a literal secret, other providers, a rule the model cannot hold. */
const MAIN_TF = `
provider "aws" { region = "eu-west-1" }
resource "aws_vpc" "main" { cidr_block = "10.2.0.0/16" }
resource "aws_subnet" "app" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = cidrsubnet("10.2.0.0/16", 8, count.index)
  availability_zone = ["eu-west-1a", "eu-west-1b"][count.index]
}
resource "aws_security_group" "app" {
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "icmp"
    from_port   = 8
    to_port     = 0
    cidr_blocks = ["10.2.0.0/16"]
  }
}
resource "aws_ecs_service" "api" {
  name          = "api"
  desired_count = 2
  network_configuration {
    subnets         = aws_subnet.app[*].id
    security_groups = [aws_security_group.app.id]
  }
}
resource "aws_db_instance" "main" {
  engine         = "mysql"
  instance_class = "db.t3.micro"
  password       = "not-a-real-password"
}
resource "random_id" "suffix" { byte_length = 4 }
`

describe('the import namespace', () => {
  it('words every code in English and Korean', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort())
  })

  it('says a whole report in both languages, in Korean without English left over', async () => {
    const result = await importTerraform([{ path: 'main.tf', text: MAIN_TF }])
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    const { report } = result
    const reasons = [...report.notes, ...report.assumed.map((a) => a.why), ...report.skipped.map((s) => s.why)]
    for (const reason of reasons) {
      const english = sayImport('en', reason)
      const korean = sayImport('ko', reason)
      expect(english, reason.code).not.toMatch(/undefined|NaN|\[object|[가-힣]/)
      expect(korean, reason.code).not.toMatch(/undefined|NaN|\[object/)
      expect(korean, reason.code).toMatch(HANGUL)
      const values = Object.values(reason.params).map(String)
      expect(englishLeftIn(korean, [...values, 'Terraform', 'SwiftLogix', 'ArchDeck', 'local.archdeck_model_facts', 'vCPU', 'IPv4', 'TCP', 'UDP', 'CloudFront', 'VPC', 'ECS', 'EC2', 'count', 'for_each', 'dynamic', 'JSON', 'terraform', 'show', 'json', 'gp3', 'SSD', 'Aurora', 'PostgreSQL', 'MySQL', 'Redis', 'Valkey', 'Memcached', 'CPU', 'format_version', 'var', 'local']), reason.code).toEqual([])
    }
    expect(reasons.map((r) => r.code)).toEqual(expect.arrayContaining(['import.secret-not-kept', 'import.skipped.other-provider', 'import.rule-not-modelled', 'import.assumed.requirement-default']))
  })

  it('frames a refusal: a syntax error and an invalid design', () => {
    const refusals: [ImportReason, string, string][] = [
      [{ code: 'import.syntax-error', params: { detail: 'Missing newline after argument' } }, 'Syntax error: Missing newline after argument', '구문 오류: Missing newline after argument'],
      [
        { code: 'import.invalid-model', params: { count: 1, path: 'config.services', message: 'must have at least 1 item' } },
        'The imported design is not valid (1 problem), first config.services: must have at least 1 item. Nothing was imported.',
        '가져온 설계가 올바르지 않습니다(문제 1개). 첫 문제 config.services: must have at least 1 item. 아무것도 가져오지 않았습니다.',
      ],
    ]
    for (const [reason, english, korean] of refusals) {
      expect(sayImport('en', reason)).toBe(english)
      expect(sayImport('ko', reason)).toBe(korean)
    }
  })

  it('words every import code the importer, the CLI and the API write', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir).flatMap((entry) => {
        const path = join(dir, entry)
        return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : []
      })
    const written = ['lib/import', 'cli/import', 'app/api/import']
      .flatMap((dir) => sources(dir))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8')
        // The mapper's note('skipped.aurora') is import.skipped.aurora.
        return [...[...text.matchAll(/code: '(import\.[a-z0-9.-]+)'/g)].map((m) => m[1]!), ...[...text.matchAll(/\bnote\('([a-z0-9.-]+)'/g)].map((m) => `import.${m[1]}`)]
      })
    expect([...new Set(written)].filter((code) => !(code in en))).toEqual([])
  })

  it('names every limit and every unreadable file\'s reason the importer gives', () => {
    const sources = ['lib/import/sources', 'lib/import/evaluate', 'lib/import/expressions']
      .flatMap((dir) => readdirSync(dir, { recursive: true }).map((f) => join(dir, String(f))))
      .filter((f) => /\.ts$/.test(f) && !/\.test\.ts$/.test(f))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    for (const [, limit] of sources.matchAll(/limit: '([a-z-]+)'/g)) {
      const reason = { code: 'import.too-large', params: { limit: limit!, value: 2, max: 1 } } as const
      // Korean shows a key the catalog does not name as it is.
      expect(sayImport('ko', reason), limit).not.toContain(limit!)
    }
    for (const why of ['empty', 'binary', 'not-an-object']) expect(sayImport('ko', { code: 'import.unreadable-file', params: { why } })).not.toContain(why)
  })

  it('refuses to word a code it does not know rather than show a blank', () => {
    expect(() => sayImport('en', { code: 'import.something-new', params: {} })).toThrow(/no words/)
  })
})
