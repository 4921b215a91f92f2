import { spawnSync } from 'node:child_process'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { acquireDataDirLock, isDataDirLockedError, type DataDirLock } from './db/data-dir-lock'
import { closeDb, targetFromEnv } from './db/client'
import { formatRawResponse, refuseRawRequest } from './http/raw-request-guard'
import { PEER_HEADER, RateLimitSettingError, setPeerHeaderTrusted } from './workspaces/http/rate-limit'
import { readWriteGuardSettings } from './workspaces/http/write-guard'

/**
 * ArchDeck's production server (`npm start`, `npm run serve`): Next's request handler behind
 * node:http instead of `next start`, for three things `next start` cannot do:
 * 1. lock the PGlite data directory before the port opens, so a second server on the same folder
 *    exits with one line instead of corrupting it (server/db/data-dir-lock.ts);
 * 2. tell route handlers the socket's address in `x-archdeck-peer` (Next passes a client's own
 *    X-Forwarded-For through, so they cannot learn it otherwise);
 * 3. on SIGINT/SIGTERM, finish requests, close the database and release the lock.
 * Run through tsx's loader: `node --import tsx server/serve.ts [-p PORT] [-H HOST]` (one process, so the
 * PID in the lock is the one listening). docs/decisions/008-one-process-per-data-directory.md.
 */


/** `build`: run `next build` first, holding the lock (`npm start`). */
type ServeOptions = { port: number; hostname: string | undefined; build: boolean }

/** `-p`/`--port` and `-H`/`--hostname` (as `next start` takes them), else PORT/HOSTNAME, else 3000 on all interfaces; `--build`. */
export function readServeOptions(argv: string[], env: Record<string, string | undefined>): ServeOptions | { error: string } {
  let port = env.PORT?.trim() || '3000'
  let hostname = env.HOSTNAME?.trim() || undefined
  let build = false
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!
    if (token === '--build') {
      build = true
      continue
    }
    const eq = token.startsWith('--') ? token.indexOf('=') : -1
    const name = eq === -1 ? token : token.slice(0, eq)
    if (!['-p', '--port', '-H', '--hostname'].includes(name)) return { error: `unknown option "${token}" (expected -p PORT, -H HOST or --build)` }
    const value = eq === -1 ? argv[++i] : token.slice(eq + 1)
    if (value === undefined || value === '') return { error: `${name} needs a value` }
    if (name === '-p' || name === '--port') port = value
    else hostname = value
  }
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65_535) return { error: `the port must be a number from 0 to 65535 (got "${port}")` }
  return { port: Number(port), hostname, build }
}

/** Replaces any client-sent copy of PEER_HEADER with the socket's address (the rate limiter keys on it). */
export function setPeerHeader(req: Pick<IncomingMessage, 'headers' | 'rawHeaders' | 'socket'>): void {
  for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
    if (req.rawHeaders[i]!.toLowerCase() === PEER_HEADER) req.rawHeaders.splice(i, 2)
  }
  const peer = req.socket.remoteAddress ?? 'unknown'
  req.headers[PEER_HEADER] = peer
  req.rawHeaders.push(PEER_HEADER, peer)
}

/** How long a shutdown waits for open requests before it closes their connections. */
const DRAIN_MS = 5_000

async function serve(): Promise<void> {
  const options = readServeOptions(process.argv.slice(2), process.env)
  if ('error' in options) return exitWith(`archdeck serve: ${options.error}`, 2)
  // Like `next start`: a production server renders with React's production build.
  ;(process.env as Record<string, string>).NODE_ENV = 'production'

  // A wrong ARCHDECK_TRUST_PROXY or write limit stops the start, before any request is refused for it.
  try {
    readWriteGuardSettings()
  } catch (error) {
    if (error instanceof RateLimitSettingError) return exitWith(`archdeck serve: ${error.message}`, 2)
    throw error
  }
  // Every request below gets PEER_HEADER from its socket, so the write limit may key on it.
  setPeerHeaderTrusted(true)

  let lock: DataDirLock | undefined
  const target = targetFromEnv()
  if (target.kind === 'pglite') {
    try {
      lock = acquireDataDirLock(target.dataDir)
    } catch (error) {
      if (isDataDirLockedError(error)) return exitWith(error.message, 1)
      throw error
    }
  }
  // Built under the lock: a second `npm start` on this folder stops before it rebuilds the .next
  // that the running server is serving from.
  if (options.build) {
    const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next')
    const built = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: process.env })
    if (built.status !== 0) {
      lock?.release()
      return exitWith(`archdeck serve: next build failed (${built.error?.message ?? `exit code ${built.status ?? built.signal}`})`, 1)
    }
  }

  const { default: next } = await import('next')
  const app = next({ dev: false, dir: process.cwd(), hostname: options.hostname, port: options.port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const server: Server = createServer((req, res) => {
    // TRACE and dot-segment paths would be a 500 and a redirect inside Next.js: refused here first.
    const refused = refuseRawRequest(req.method, req.url)
    if (refused) return void res.writeHead(refused.status, refused.headers).end(refused.body)
    setPeerHeader(req)
    handle(req, res).catch((error: unknown) => {
      console.error(`[archdeck] ${req.method} ${req.url} failed:`, error)
      if (!res.headersSent) res.statusCode = 500
      res.end()
    })
  })
  // CONNECT never reaches the handler above; without a listener Node would drop the socket unanswered.
  server.on('connect', (req, socket) => socket.end(formatRawResponse(refuseRawRequest('CONNECT', req.url)!)))
  server.on('error', (error: NodeJS.ErrnoException) => {
    lock?.release()
    exitWith(error.code === 'EADDRINUSE' ? `archdeck serve: port ${options.port} is in use; stop what listens there or pass -p PORT.` : `archdeck serve: ${error.message}`, 1)
  })
  server.listen(options.port, options.hostname, () => {
    const where = options.hostname ?? 'localhost'
    const storage = target.kind === 'pglite' ? `data in ${target.dataDir}` : 'data in PostgreSQL (DATABASE_URL)'
    console.log(`> ArchDeck ready on http://${where.includes(':') ? `[${where}]` : where}:${options.port} (${storage})`)
  })

  let stopping = false
  const stop = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stopping) return
    stopping = true
    const code = signal === 'SIGINT' ? 130 : 143
    const forceClose = setTimeout(() => server.closeAllConnections(), DRAIN_MS)
    // Should closing hang, exit anyway: the lock's exit hook still removes the lock file.
    setTimeout(() => process.exit(code), 3 * DRAIN_MS).unref()
    server.closeIdleConnections()
    server.close(async () => {
      clearTimeout(forceClose)
      await app.close().catch((error: unknown) => console.error('[archdeck] closing Next:', error))
      await closeDb().catch((error: unknown) => console.error('[archdeck] closing the database:', error))
      lock?.release()
      process.exit(code)
    })
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

function exitWith(message: string, code: number): void {
  console.error(message)
  process.exit(code)
}

const entry = process.argv[1] ? pathToFileURL(path.resolve(process.argv[1])).href : ''
if (import.meta.url === entry) {
  serve().catch((error: unknown) => {
    console.error(`archdeck serve: could not start: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}
