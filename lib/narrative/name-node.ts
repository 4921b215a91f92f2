import type { Locale } from '../i18n'
import type { ArchitectureConfig } from '../model'
import type { PlacedResource } from '../security'

const FIXED: Record<Locale, Record<string, string>> = {
  en: { internet: 'the internet', office: 'the office', database: 'the database', cache: 'the cache', bastion: 'the admin server', nat: "the servers' outbound internet link" },
  ko: { internet: '인터넷', office: '사무실', database: '데이터베이스', cache: '캐시', bastion: '관리용 서버', nat: '외부 인터넷 연결(NAT)' },
}

/**
 * A node of a reachability path in plain words: 'alb:alb' → "the load balancer", 'service:order'
 * → "the Order service" (the author's name for it), 'database' → "the database". `bare` drops the
 * English article, for chains: "internet → load balancer → Order service → database".
 */
export function nameNode(id: string, placement: readonly PlacedResource[], config: ArchitectureConfig, locale: Locale, bare = false): string {
  const [kind, ref] = id.split(':') as [string, string | undefined]
  const strip = (text: string) => (bare && locale === 'en' ? text.replace(/^the /, '') : text)
  if (kind === 'alb') return strip(locale === 'ko' ? '로드밸런서' : 'the load balancer')
  if (kind === 'service') {
    const name = config.services.find((s) => s.id === ref)?.name ?? ref ?? id
    return strip(locale === 'en' ? `the ${name}` : name)
  }
  if (kind === 'nat') return strip(FIXED[locale].nat!)
  const fixed = FIXED[locale][kind]
  if (fixed) return strip(fixed)
  return placement.find((p) => p.id === id)?.shortName ?? id
}
