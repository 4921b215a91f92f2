import type { Locale } from '@/lib/i18n'
import { MAX_COMPARED } from '@/lib/compare'
import { compareMessages } from './messages'
import type { Notice } from './read-selection'

/** What the URL asked for that could not be compared, in sentences. */
function describeNotice(notice: Notice, locale: Locale): string {
  const m = compareMessages(locale).notices
  switch (notice.kind) {
    case 'unknown-preset':
      return m.unknownPreset(notice.id)
    case 'bad-link':
      return m.badLink(notice.position, notice.reason)
    case 'duplicate':
      return m.duplicate(notice.name)
    case 'too-many':
      return m.tooMany(MAX_COMPARED)
    case 'too-few':
      return m.tooFew
  }
}

export function NoticeList({ notices, locale }: { notices: Notice[]; locale: Locale }) {
  if (notices.length === 0) return null
  const m = compareMessages(locale).notices
  return (
    <div role="status" className="rounded-xl border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      <p className="font-semibold">{m.title}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {notices.map((n, i) => (
          <li key={i} data-notice={n.kind} className="break-words">
            {describeNotice(n, locale)}
          </li>
        ))}
      </ul>
    </div>
  )
}
