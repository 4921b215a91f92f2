import { vi } from 'vitest'

/** What a route page receives: `?presets=a,b&lang=en` as Next passes it. */
export type SearchParams = Record<string, string | string[] | undefined>

/**
 * A first visit as the server sees it: no cookie (no saved language, no session), no headers. Lets
 * a test call a route page (`app/**\/page.tsx`) and its generateMetadata as Next would.
 */
export function serveFirstVisit(): void {
  vi.doMock('next/headers', () => ({
    cookies: async () => ({ get: () => undefined, has: () => false, getAll: () => [] }),
    headers: async () => new Headers(),
  }))
}

/** The props Next hands a page: params and search params, both promises. */
export function pageProps<P extends Record<string, string>>(searchParams: SearchParams = {}, params = {} as P) {
  return { searchParams: Promise.resolve(searchParams), params: Promise.resolve(params) }
}

type PageModule = { metadata?: { title?: unknown }; generateMetadata?: (props: never) => Promise<{ title?: unknown }> }

/** A page's title as the browser tab shows it, from its static metadata or generateMetadata. */
export async function titleOf(page: PageModule, props: ReturnType<typeof pageProps> = pageProps()): Promise<string> {
  const metadata = page.generateMetadata ? await page.generateMetadata(props as never) : page.metadata
  return String(metadata?.title ?? '')
}
