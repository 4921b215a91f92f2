import { MAX_COMPARED } from '@/lib/compare'
import type { Locale } from '@/lib/i18n/locale'
import { compareSay, type SayCompare } from './compare-say'
import type { Notice } from './read-selection'

/** What the URL asked for that could not be compared, in sentences. */
function describeNotice(notice: Notice, w: SayCompare): string {
  switch (notice.kind) {
    case 'unknown-preset':
      return w('notices.unknown-preset', { id: notice.id })
    case 'bad-link':
      return w('notices.bad-link', { position: notice.position, path: notice.path, message: notice.message })
    case 'missing-snapshot':
      return w('notices.missing-snapshot', { position: notice.position, unavailable: notice.unavailable })
    case 'duplicate':
      return w('notices.duplicate', { name: notice.name })
    case 'too-many':
      return w('notices.too-many', { max: MAX_COMPARED })
    case 'too-few':
      return w('notices.too-few')
  }
}

export function NoticeList({ notices, locale }: { notices: Notice[]; locale: Locale }) {
  if (notices.length === 0) return null
  const w = compareSay(locale)
  return (
    <div role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-semibold">{w('notices.title')}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notices.map((n, i) => (
          <li key={i} data-notice={n.kind} className="break-words">
            {describeNotice(n, w)}
          </li>
        ))}
      </ul>
    </div>
  )
}
