import { readAccessSettings, safeNextPath } from '@/server/http/access-control'
import { clearedSessionCookieHeader, isAccessToken, sessionCookieHeader, sessionValueFor } from '@/server/http/session-token'
import { HttpError, handleRoute, json } from '@/server/workspaces/http'

/**
 * Signing in to a server with ARCHDECK_ACCESS_TOKEN (docs/decisions/009). POST takes the token as
 * the /sign-in form sends it (then redirects: to `next`, or back to the form with an error) or as
 * JSON `{ token }` from a tool (then answers JSON); DELETE, or the form with `intent=sign-out`,
 * signs out. Writes pass handleRoute's guard first, so guesses are limited like any write.
 */

/** A token and a path fit in far less; the proxy caps any body at 1 MB before this. */
const MAX_FORM_BYTES = 8 * 1024

export const POST = handleRoute(async (request: Request) => {
  const isForm = /^application\/x-www-form-urlencoded\b/i.test(request.headers.get('content-type') ?? '')
  const fields = await readFields(request, isForm)
  const next = safeNextPath(fields.get('next'))
  const secure = isHttps(request)
  if (fields.get('intent') === 'sign-out') return signedOut(isForm, secure)

  const { token } = readAccessSettings(process.env)
  if (!token) {
    if (isForm) return redirect(`/sign-in?next=${encodeURIComponent(next)}`)
    throw new HttpError(404, 'This ArchDeck has no access token set (ARCHDECK_ACCESS_TOKEN), so there is nothing to sign in to.')
  }
  if (!(await isAccessToken(fields.get('token'), token))) {
    if (isForm) return redirect(`/sign-in?error=wrong-token&next=${encodeURIComponent(next)}`)
    return json({ error: 'That is not this ArchDeck’s access token; nothing was changed.' }, 401)
  }
  const cookie = sessionCookieHeader(await sessionValueFor(token), { secure })
  return isForm ? redirect(next, cookie) : json({ signedIn: true }, 200, { 'set-cookie': cookie })
})

export const DELETE = handleRoute(async (request: Request) => signedOut(false, isHttps(request)))

function signedOut(isForm: boolean, secure: boolean): Response {
  const cookie = clearedSessionCookieHeader({ secure })
  return isForm ? redirect('/sign-in?signed-out=1', cookie) : json({ signedIn: false }, 200, { 'set-cookie': cookie })
}

/** 303: the browser follows with a GET, so a reload never posts the token again. */
function redirect(location: string, cookie?: string): Response {
  return new Response(null, { status: 303, headers: { location, 'cache-control': 'no-store', ...(cookie ? { 'set-cookie': cookie } : {}) } })
}

async function readFields(request: Request, isForm: boolean): Promise<URLSearchParams> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > MAX_FORM_BYTES) throw new HttpError(413, 'The sign-in request is larger than 8 KB; nothing was changed by it.')
  const text = await request.text()
  if (text.length > MAX_FORM_BYTES) throw new HttpError(413, 'The sign-in request is larger than 8 KB; nothing was changed by it.')
  if (isForm) return new URLSearchParams(text)
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) throw new HttpError(415, 'Send the token as JSON ({ "token": "…" }) with Content-Type: application/json, or from the sign-in form.')
  let data: unknown
  try {
    data = text.trim() === '' ? {} : JSON.parse(text)
  } catch {
    throw new HttpError(400, 'The request body is not valid JSON.')
  }
  const fields = new URLSearchParams()
  if (data && typeof data === 'object') {
    for (const key of ['token', 'next', 'intent']) {
      const value = (data as Record<string, unknown>)[key]
      if (typeof value === 'string') fields.set(key, value)
    }
  }
  return fields
}

/** The browser reached us over https: directly, or through a proxy that says so. */
function isHttps(request: Request): boolean {
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase()
  return new URL(request.url).protocol === 'https:' || forwarded === 'https'
}
