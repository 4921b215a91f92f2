import type { Browser } from '@playwright/test'
import { buildAppCopy, removeAppCopy, startAppServer, type AppBuild, type AppServer } from './app-server'
import { benchKpiLatency, chromiumProblem, launchChromium } from './browser-kpi'
import { benchBundle } from './bundle'
import type { BenchResult } from './engine'
import { buildLargeScenario } from './large-config'

const log = (line: string) => console.error(`bench: ${line}`)

/** A measurement that needs the served production build: gets the browser and the base URL. */
export type AppBench = (app: { browser: Browser; baseUrl: string; log: (line: string) => void }) => Promise<BenchResult[]>

/**
 * `npm run bench -- --browser`: builds a temp copy of the working tree, reads the first-load
 * JS of `/` from its build output, serves it on port 3314 and times key presses in headless
 * Chromium. `more` run after, on the same build and server (one build per bench run). The server
 * and the copy are removed however it ends.
 */
export async function benchApp(more: AppBench[] = []): Promise<BenchResult[]> {
  let build: AppBuild | undefined
  let server: AppServer | undefined
  let browser: Browser | undefined
  const results: BenchResult[] = []
  try {
    build = buildAppCopy(log)
    server = await startAppServer(build, log)
    const html = await (await fetch(`${server.url}/`, { signal: AbortSignal.timeout(30_000) })).text()
    results.push(...benchBundle(build.nextDir, html))
    const missing = chromiumProblem()
    if (missing) {
      log(`${missing}; browser figures skipped`)
      process.exitCode = 1
      return results
    }
    browser = await launchChromium()
    results.push(...(await benchKpiLatency(browser, server.url, buildLargeScenario(50), log)))
    for (const bench of more) results.push(...(await bench({ browser, baseUrl: server.url, log })))
    return results
  } catch (error) {
    // The figures measured so far are still printed and saved; the exit code says something failed.
    log(`the build/browser part stopped: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
    return results
  } finally {
    await browser?.close().catch(() => undefined)
    server?.stop()
    if (build) removeAppCopy(build, log)
  }
}
