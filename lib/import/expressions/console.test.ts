import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { evaluateExpression } from './index'
import { testScope } from './test-scope'

/**
 * What `terraform console` (Terraform 1.11.4) printed for `jsonencode(<expression>)`, or null where
 * Terraform refused the expression. Where this evaluator differs from Terraform on purpose, see [1].
 */
const CONSOLE: [string, string | null][] = [
  ['cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)', '["10.1.0.0/20","10.1.16.0/20","10.1.32.0/24","10.1.48.0/20"]'],
  ['cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)', '["fd00:fd12:3456:7800::/72","fd00:fd12:3456:7800:100::/72","fd00:fd12:3456:7800:200::/72","fd00:fd12:3456:7800:300::/88"]'],
  ['cidrsubnets("10.0.0.0/16", 8, 4, 8)', '["10.0.0.0/24","10.0.16.0/20","10.0.32.0/24"]'],
  ['cidrsubnet("10.0.0.0/16", 0, 0)', '"10.0.0.0/16"'],
  ['cidrhost("fd00::/64", -1)', '"fd00::ffff:ffff:ffff:ffff"'],
  ['cidrhost("10.0.0.0/16", 0)', '"10.0.0.0"'],
  ['cidrsubnet("::ffff:10.0.0.0/104", 8, 1)', '"10.1.0.0/16"'],
  ['cidrsubnet("2001:db8::/32", 32, 65535)', '"2001:db8:0:ffff::/64"'],
  ['format("%e|%g|%5.1f", 1234.5678, 0.000012345, 2.25)', '"1.234568e+03|1.2345e-05|  2.2"'],
  ['format("%g", 100000000)', '"1e+08"'],
  ['format("%g", 1e21)', '"1e+21"'],
  ['format("%.3g", 3.14159)', '"3.14"'],
  ['format("%v", [1, "a"])', '"[1,\\"a\\"]"'],
  ['format("%v", {a = 1})', '"{\\"a\\":1}"'],
  ['format("%s", 1.5)', '"1.5"'],
  ['format("%d", "12")', '"12"'],
  ['format("%+d % d", 5, 5)', '"+5  5"'],
  ['format("%05.1f", -2.5)', '"-02.5"'],
  ['format("%x", "hi")', null],
  ['format("%q", 12)', '"\\"12\\""'],
  ['format("%10.3s|", "abcdef")', '"       abc|"'],
  ['format("%-8v|", true)', '"true    |"'],
  ['format("%b", 10)', '"1010"'],
  ['format("%o", 64)', '"100"'],
  ['format("%E", 123456.789)', '"1.234568E+05"'],
  ['format("%.0f", 2.5)', '"2"'],
  ['format("%.0f", 3.5)', '"4"'],
  ['format("%5t|", false)', '"false|"'],
  ['title("hello wORLD-foo_bar o\'neil")', '"Hello WORLD-Foo_bar O\'Neil"'],
  ['title("élan vital 3d")', '"Élan Vital 3d"'],
  ['tolist(["a", 1, true])', '["a","1","true"]'],
  ['toset([3, 1, 2, 1])', '[1,2,3]'],
  ['toset(["b", "a", 1])', '["1","a","b"]'],
  ['yamlencode({a = [{b = [1, {c = 2}]}], e = {}})', '"\\"a\\":\\n- \\"b\\":\\n  - 1\\n  - \\"c\\": 2\\n\\"e\\": {}\\n"'],
  ['yamlencode([[1, 2], [], {}])', '"- - 1\\n  - 2\\n- []\\n- {}\\n"'],
  ['yamlencode("multi\\nline")', '"|-\\n  multi\\n  line\\n"'],
  ['yamlencode({"key with: colon" = null, t = true, n = 1.5})', '"\\"key with: colon\\": null\\n\\"n\\": 1.5\\n\\"t\\": true\\n"'],
  ['yamlencode(["a", ["b", ["c"]]])', '"- \\"a\\"\\n- - \\"b\\"\\n  - - \\"c\\"\\n"'],
  ['jsonencode({a = "x\\u2028y", "<" = 1})', '"{\\"\\\\u003c\\":1,\\"a\\":\\"x\\\\u2028y\\"}"'],
  ['tostring(1e21)', '"1000000000000000000000"'],
  ['tostring(123456789012)', '"123456789012"'],
  ['tostring(0.000001)', '"0.000001"'],
  ['"${1e3}"', '1000'],
  ['"${0.5}"', '0.5'],
  ['"${2.0}"', '2'],
  ['substr("hello", 5, 1)', '""'],
  ['substr("hello", 2, 0)', '""'],
  ['trim("", "a")', '""'],
  ['split("", "abc")', '["a","b","c"]'],
  ['split("ab", "xaby")', '["x","y"]'],
  ['replace("aaa", "a", "")', '""'],
  ['replace("hello", "", "-")', '"-h-e-l-l-o-"'],
  ['replace("abc", "/b*/", "-")', '"-a-c-"'],
  ['replace("a.b.c", "/\\\\./", "$$")', '"a$b$c"'],
  ['regexall("(a)(b)?", "ab a")', '[["a","b"],["a",null]]'],
  ['regex("(?P<x>a)(b)?", "a")', null],
  ['regex("a(b)?", "a")', '[null]'],
  ['lower("ÀÉ")', '"àé"'],
  ['chomp("a\\r\\n\\r\\n")', '"a"'],
  ['indent(2, "a\\nb")', '"a\\n  b"'],
  ['join(",", [])', '""'],
  ['element([1, 2, 3], -1)', null],
  ['flatten([[1, [2]], 3])', '[1,2,3]'],
  ['distinct([1, "1"])', '["1"]'],
  ['sort(["b", "a", "10", "9"])', '["10","9","a","b"]'],
  ['sort([3, 10, 2])', '["10","2","3"]'],
  ['reverse(["a"])', '["a"]'],
  ['keys({})', '[]'],
  ['range(0)', '[]'],
  ['range(5, 5)', '[]'],
  ['range(0.5, 3)', '[0.5,1.5,2.5]'],
  ['range(-3)', '[0,-1,-2]'],
  ['lookup({}, "a", null)', 'null'],
  ['merge({}, {a = {b = 1}}, {a = {c = 2}})', '{"a":{"c":2}}'],
  ['coalescelist([], [])', null],
  ['setproduct([], [1])', '[]'],
  ['setproduct(["a"], [1, 2], [true])', '[["a",1,true],["a",2,true]]'],
  ['setunion(["b"], ["a", "b"])', '["a","b"]'],
  ['setintersection([1, 2], [2, 3])', '[2]'],
  ['transpose({})', '{}'],
  ['zipmap([], [])', '{}'],
  ['slice([1, 2], 2, 2)', '[]'],
  ['chunklist([], 2)', '[]'],
  ['chunklist([1, 2, 3], 0)', '[[1,2,3]]'],
  ['compact([])', '[]'],
  ['concat()', null],
  ['alltrue([true, "true"])', 'true'],
  ['sum([1, "2"])', '3'],
  ['max(-1, "5")', '5'],
  ['min()', null],
  ['parseint("0x10", 16)', null],
  ['parseint("+7", 10)', '7'],
  ['parseint("zz", 36)', '1295'],
  ['log(8, 2)', '3'],
  ['pow(2, 0.5)', '1.4142135623730951'],
  ['signum(-0.5)', null],
  ['ceil(-1.5)', '-1'],
  ['floor(-1.5)', '-2'],
  ['abs(-0)', '0'],
  ['5 % 3', '2'],
  ['-5 % 3', '-2'],
  ['5 % -3', '2'],
  ['5.5 % 2', '1.5'],
  ['"1" == 1', 'false'],
  ['1 == 1.0', 'true'],
  ['[1] == [1]', 'true'],
  ['{a = 1} == {a = 1}', 'true'],
  ['null == false', 'false'],
  ['"" == null', 'false'],
  ['true && "true"', 'true'],
  ['!"false"', 'true'],
  ['"abc" < "abd"', null],
  ['"10" > 9', 'true'],
  ['1 + "1e2"', '101'],
  ['"0x10" + 1', null],
  ['" 5" + 1', null],
  ['1 - -1', '2'],
  ['-(-1)', '1'],
  ['!!true', 'true'],
  ['[for i, v in ["a", "b"] : "${i}${v}"]', '["0a","1b"]'],
  ['{for i, v in ["a", "b"] : v => i}', '{"a":0,"b":1}'],
  ['[for k, v in {b = 1, a = 2} : k]', '["a","b"]'],
  ['[for v in {b = 1, a = 2} : v]', '[2,1]'],
  ['{for s in ["a", "bb", "c"] : length(s) => s...}', '{"1":["a","c"],"2":["bb"]}'],
  ['[for s in toset(["b", "a"]) : s]', '["a","b"]'],
  ['[for c in "abc" : c]', null],
  ['["a", "b"][*]', '["a","b"]'],
  ['{a = 1}[*]', '[{"a":1}]'],
  ['null[*]', '[]'],
  ['[{a = 1}, {a = 2}][*].a', '[1,2]'],
  ['[{a = [1, 2]}, {a = [3]}][*].a[0]', '[1,3]'],
  ['[{a = {b = 1}}][*].a.b', '[1]'],
  ['[[1, 2], [3]].*[0]', '[1,2]'],
  ['"x"[*]', '["x"]'],
  ['[1, 2, 3][1]', '2'],
  ['{a = {b = [10, 20]}}.a.b.1', '20'],
  ['{"a b" = 1}["a b"]', '1'],
  ['{1 = "x"}["1"]', '"x"'],
  ['{true = 1}', '{"true":1}'],
  ['{null = 1}', '{"null":1}'],
  ['{a = 1, a = 2}', '{"a":2}'],
  ['upper("ß")', '"ß"'],
  ['length("é")', '1'],
  ['length("🏳️‍🌈")', '1'],
  ['base64encode("")', '""'],
  ['base64decode("")', '""'],
  ['urlencode(" ~-._*")', '"+~-._%2A"'],
  ['jsondecode("1e3")', '1000'],
  ['jsondecode("[1, {\\"a\\": null}]")', '[1,{"a":null}]'],
  ['jsondecode("\\"\\\\u00e9\\"")', '"é"'],
  ['jsonencode(jsondecode("{\\"b\\":1,\\"a\\":[]}"))', '"{\\"a\\":[],\\"b\\":1}"'],
  ['tonumber("1e3")', '1000'],
  ['tonumber(" 1")', null],
  ['tonumber("0x10")', null],
  ['tobool("TRUE")', null],
  ['tostring(true)', '"true"'],
  ['one(toset([]))', 'null'],
  ['one([null])', 'null'],
  ['contains([1, 2], "1")', 'false'],
  ['index([1, "a"], "a")', '1'],
  ['length(tomap({a = 1, b = "x"}))', '2'],
  ['tomap({a = 1, b = "x"})', '{"a":"1","b":"x"}'],
  ['coalesce(0, 1)', '0'],
  ['coalesce(false, true)', 'false'],
  ['coalesce("", "", "x")', '"x"'],
  ['try(tonumber("x"), -1)', '-1'],
  ['try([1][3], {a = 1}.b, "third")', '"third"'],
  ['"%{if true}a%{else}b%{endif}"', '"a"'],
  ['"%{for i in [1, 2]}${i},%{endfor}"', '"1,2,"'],
  ['"%{for k, v in {a = 1}}${k}=${v}%{endfor}"', '"a=1"'],
  ['"a ${~ "b" ~} c"', '"abc"'],
  ['"a\\n  %{~ if true ~}\\n  b\\n  %{~ endif ~}\\n  c"', '"abc"'],
  ['format("%g|%g|%g|%g", 123456, 1234567, 0.0001, 0.00001)', '"123456|1.234567e+06|0.0001|1e-05"'],
  ['format("%.3g|%.10g|%.2g|%g", 3.14159, 2.5, 1234, -0.5)', '"3.14|2.5|1.2e+03|-0.5"'],
  ['format("%.1f|%.1f|%.2e|%.0e", 0.25, 0.35, 1.125, 2.5)', '"0.2|0.3|1.12e+00|2e+00"'],
  ['yamlencode({a = "x\\ny", b = ["p\\nq\\n"], c = "r\\n\\n"})', '"\\"a\\": |-\\n  x\\n  y\\n\\"b\\":\\n- |\\n  p\\n  q\\n\\"c\\": |+\\n  r\\n\\n"'],
  ['yamlencode(["x\\ny"])', '"- |-\\n  x\\n  y\\n"'],
  ['replace("abcabc", "/(?P<x>b)/", "[$x${x}$1$$]")', null],
  ['replace("a1b22", "/\\\\d*/", "-")', '"-a-b-"'],
  ['regexall("\\\\d*", "a1b22")', '["","1","22"]'],
  ['title("ünïcode ñame 2nd-place")', '"Ünïcode Ñame 2nd-Place"'],
  ['upper("straße")', '"STRAßE"'],
  ['lower("İSTANBUL")', '"istanbul"'],
  ['formatlist("%s=%d", ["a", "b"], [1, 2])', '["a=1","b=2"]'],
  ['true ? 1 : "x"', '"1"'],
  ['false ? 1 : "x"', '"x"'],
  ['true ? true : "x"', '"true"'],
  ['true ? [] : ["a"]', '[]'],
  ['true ? null : 1', 'null'],
  ['true ? 1 : null', '1'],
  ['true ? {a = 1} : {a = "x"}', '{"a":"1"}'],
  ['true ? [1] : ["x"]', '["1"]'],
  ['true ? {a=1} : {b=2}', '{"a":1}'],
]

function ours(expression: string): string | null {
  try {
    const value = evaluateExpression(`jsonencode(${expression})`, testScope({}))
    return typeof value === 'string' ? value : JSON.stringify(value)
  } catch {
    return null
  }
}

describe('agrees with terraform console', () => {
  it.each(CONSOLE)('%s', (expression, expected) => {
    expect(ours(expression)).toBe(expected)
  })

  /** Re-asks Terraform itself when it is installed, so the table above cannot drift from it. */
  it('matches what the installed Terraform prints today (skipped without terraform)', () => {
    const known = CONSOLE.filter((row): row is [string, string] => row[1] !== null)
    const batch = `jsonencode([${known.map(([e]) => `try(jsonencode(${e}), "ERR")`).join(', ')}])\n`
    const dir = mkdtempSync(join(tmpdir(), 'archdeck-console-'))
    let printed: string
    try {
      printed = execFileSync('terraform', ['console', '-no-color'], { cwd: dir, input: batch, timeout: 30_000, env: { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null' }, stdio: ['pipe', 'pipe', 'ignore'] }).toString()
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        console.info('terraform is not installed: the console table was not re-checked against it')
        return
      }
      throw e
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
    const answers = JSON.parse(JSON.parse(printed.trim()) as string) as string[]
    expect(answers).toEqual(known.map(([, expected]) => expected))
  })
})

// [1] Left different on purpose: numbers are JavaScript doubles, not Terraform's 512-bit decimals
//     (10 / 3 prints 15 significant digits, 1.5e300 as 1.5e+300, -0 as 0); 1 / 0 is an error
//     rather than infinity; a set is a list, so `for i, s in toset(…)` gives positions as keys and
//     tolist([1]) == [1] is true.
