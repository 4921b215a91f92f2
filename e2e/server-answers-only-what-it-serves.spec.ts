import { connect } from 'node:net'
import { test, expect } from './fixtures'

/**
 * The server answers only to its own names and only the methods and addresses it serves: another
 * Host gets 421 (DNS rebinding), TRACE and unknown methods 405 with Allow and the security
 * headers, a path that climbs with `%2e%2e` 400 instead of a redirect. Raw sockets where a client
 * library would fix the request up first.
 */

type RawAnswer = { status: number; headers: Record<string, string>; body: string }

/** Sends `head` as written to the journeys' server and reads the whole answer. */
function rawRequest(baseURL: string, head: string, body = ''): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseURL)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.write(`${head}\r\nConnection: close\r\n\r\n${body}`))
    let text = ''
    socket.setEncoding('utf8')
    socket.setTimeout(15_000, () => socket.destroy(new Error('no answer within 15 s')))
    socket.on('data', (chunk) => (text += chunk))
    socket.on('error', reject)
    socket.on('close', () => {
      const [top = '', body = ''] = text.split('\r\n\r\n', 2)
      const [statusLine = '', ...lines] = top.split('\r\n')
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body })
    })
  })
}

function expectSecurityHeaders(headers: Record<string, string>, what: string) {
  expect(headers['x-content-type-options'], what).toBe('nosniff')
  expect(headers['x-frame-options'], what).toBe('DENY')
  expect(headers['referrer-policy'], what).toBe('no-referrer')
  expect(headers['content-security-policy'], what).toContain("default-src 'none'")
}

test('a request naming another host gets 421 with nothing of interest, pages and API alike', async ({ request, baseURL }) => {
  for (const path of ['/', '/workspaces', '/api/presets', '/api/workspaces/ws_AAAAAAAAAAAAAAAAAAAAAA']) {
    const answer = await request.get(path, { headers: { host: 'attacker.example' } })
    expect(answer.status(), path).toBe(421)
    expect(await answer.text(), path).toBe('Misdirected request: this ArchDeck does not answer to that host name (see ARCHDECK_ALLOWED_HOSTS).\n')
  }
  const write = await rawRequest(baseURL!, 'POST /api/workspaces HTTP/1.1\r\nHost: attacker.example:3000\r\nContent-Type: application/json\r\nContent-Length: 12', '{"name":"x"}')
  expect(write.status).toBe(421)
  for (const host of ['127.0.0.1', 'localhost:1234', '[::1]:80']) expect((await rawRequest(baseURL!, `GET /api/presets HTTP/1.1\r\nHost: ${host}`)).status, host).toBe(200)
})

test('TRACE and other methods an address does not take answer 405 with Allow and the security headers', async ({ request, baseURL }) => {
  for (const [method, path, allow] of [
    ['TRACE', '/', 'GET, HEAD, OPTIONS'],
    ['TRACE', '/api/workspaces', 'OPTIONS, POST'],
    ['PROPFIND', '/', 'GET, HEAD, OPTIONS'],
    ['PROPFIND', '/api/presets', 'GET, HEAD, OPTIONS'],
    ['PUT', '/', 'GET, HEAD, OPTIONS'],
    ['GET', '/api/workspaces', 'OPTIONS, POST'],
    ['DELETE', '/api/share', 'OPTIONS, POST'],
  ] as const) {
    const answer = await rawRequest(baseURL!, `${method} ${path} HTTP/1.1\r\nHost: 127.0.0.1`)
    expect(answer.status, `${method} ${path}`).toBe(405)
    expect(answer.headers['allow'], `${method} ${path}`).toBe(allow)
    expectSecurityHeaders(answer.headers, `${method} ${path}`)
    expect(answer.body, `${method} ${path}`).toContain(`does not answer ${method}`)
  }
  const connectAnswer = await rawRequest(baseURL!, 'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443')
  expect(connectAnswer.status).toBe(405)
  // OPTIONS says what a page takes.
  const options = await request.fetch('/', { method: 'OPTIONS' })
  expect(options.status()).toBe(204)
  expect(options.headers()['allow']).toBe('GET, HEAD, OPTIONS')
})

test('a path that climbs out with dot segments answers 400, not a redirect', async ({ baseURL }) => {
  for (const path of ['/api/workspaces/%2e%2e', '/api/workspaces/%2e', '/api/workspaces/..%2f', '/api/workspaces/%2E%2e/x', '/s/%2e%2e']) {
    const answer = await rawRequest(baseURL!, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1`)
    expect(answer.status, path).toBe(400)
    expect(answer.headers['location'], path).toBeUndefined()
    expectSecurityHeaders(answer.headers, path)
  }
  expect(JSON.parse((await rawRequest(baseURL!, 'GET /api/workspaces/%2e%2e HTTP/1.1\r\nHost: 127.0.0.1')).body)).toEqual({ error: 'This address has a "." or ".." segment, so it names nothing here.' })
})
