import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { gzipSync } from 'node:zlib'
import type { BenchResult } from './engine'

const FIRST_LOAD_TARGET_KB = 300

/**
 * First-load JavaScript of `/`, gzipped: the chunks every page boots with (build-manifest
 * `rootMainFiles`) plus the entry chunks of the root layout and of `app/page` (the page's client
 * reference manifest, `entryJSFiles`). Each chunk is gzipped with zlib's default level and the sizes
 * summed, together with any other chunk the served page's HTML loads or preloads. The `nomodule`
 * polyfill chunk is left out: modern browsers never load it. Chunks that next/dynamic loads after
 * hydration (`ssr: false`) are not first-load JavaScript.
 */
function measureFirstLoadJs(nextDir: string, html?: string): { files: string[]; gzipBytes: number; rawBytes: number; fromHtmlOnly: number } {
  const buildManifest = JSON.parse(readFileSync(join(nextDir, 'build-manifest.json'), 'utf8')) as { rootMainFiles?: string[] }
  const entryFiles = readEntryJsFiles(join(nextDir, 'server', 'app', 'page_client-reference-manifest.js'), '/page')
  const wanted = ['[project]/app/layout', '[project]/app/page']
  const fromManifest = [...(buildManifest.rootMainFiles ?? []), ...wanted.flatMap((key) => entryFiles[key] ?? [])]
  if (!entryFiles['[project]/app/page']) throw new Error('the client reference manifest of / lists no entry chunks for app/page')
  // The served page is the check: a chunk it loads or preloads that the manifests missed still counts.
  const fromHtml = html ? listPageScripts(html) : []
  const files = [...new Set([...fromManifest, ...fromHtml])]
  const fromHtmlOnly = files.length - new Set(fromManifest).size
  let gzipBytes = 0
  let rawBytes = 0
  for (const file of files) {
    const content = readFileSync(join(nextDir, file))
    rawBytes += content.length
    gzipBytes += gzipSync(content).length
  }
  return { files, gzipBytes, rawBytes, fromHtmlOnly }
}

/** `static/chunks/….js` of every `<script src>` and `<link rel=preload|modulepreload as=script>` on the page, `nomodule` excepted. */
function listPageScripts(html: string): string[] {
  const files: string[] = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    if (/\bnomodule\b/i.test(tag)) continue
    const isScript = tag.startsWith('<script')
    if (!isScript && !(/rel="(preload|modulepreload)"/.test(tag) && /as="script"/.test(tag)) && !/rel="modulepreload"/.test(tag)) continue
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1]
    const path = url && /\/_next\/(static\/[^"?#]+\.js)/.exec(url)?.[1]
    if (path) files.push(path)
  }
  return files
}

/** `globalThis.__RSC_MANIFEST["/page"] = {…}`: evaluated in an empty context, never in ours. */
function readEntryJsFiles(file: string, route: string): Record<string, string[]> {
  if (!existsSync(file)) throw new Error(`${file} is missing: is this a Next.js App Router production build?`)
  const sandbox: { globalThis?: unknown; __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> } = {}
  sandbox.globalThis = sandbox
  runInNewContext(readFileSync(file, 'utf8'), sandbox, { timeout: 5_000 })
  return sandbox.__RSC_MANIFEST?.[route]?.entryJSFiles ?? {}
}

export function benchBundle(nextDir: string, html?: string): BenchResult[] {
  const { files, gzipBytes, rawBytes, fromHtmlOnly } = measureFirstLoadJs(nextDir, html)
  const kb = Math.round((gzipBytes / 1024) * 10) / 10
  return [
    {
      name: 'bundle: first-load JS of / (gzip)',
      unit: 'KB',
      value: kb,
      target: FIRST_LOAD_TARGET_KB,
      atMost: true,
      detail: `${files.length} chunks (${html ? `${fromHtmlOnly} only in the served page's script tags` : 'manifests only'}), ${Math.round(rawBytes / 1024)} KB before gzip`,
      pass: kb <= FIRST_LOAD_TARGET_KB,
    },
  ]
}
