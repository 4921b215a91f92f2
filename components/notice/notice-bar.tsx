'use client'

import { useLocale, useT } from '@/components/i18n/locale-provider'
import { useDashboardStore } from '@/components/store/dashboard-store'
import { sayModel } from '@/lib/i18n/catalog/say-model'
import { sayNotice } from '@/lib/i18n/catalog/say-notice'

/** One line that says what went wrong (or right), with field details; the work is never lost. */
export function NoticeBar() {
  const notice = useDashboardStore((s) => s.notice)
  const notify = useDashboardStore((s) => s.notify)
  const t = useT()
  const { locale } = useLocale()
  if (!notice) return null
  const error = notice.kind === 'error'
  return (
    <div role={error ? 'alert' : 'status'} data-testid="notice" className={`flex items-start justify-between gap-4 border-b px-6 py-2 text-sm max-sm:px-3 ${error ? 'border-rose-200 bg-rose-50 text-rose-900' : 'border-emerald-200 bg-emerald-50 text-emerald-900'}`}>
      {/* A long field path or file name wraps rather than widening a phone's page. */}
      <div className="min-w-0 break-words">
        <p>{notice.reason ? sayNotice(locale, notice.reason) : notice.text}</p>
        {notice.details && notice.details.length > 1 && (
          <ul className="mt-1 list-disc pl-5 text-xs">
            {notice.details.slice(0, 8).map((d) => (
              <li key={`${d.path}:${d.message}`}>
                <code>{d.path}</code>: {d.reason ? sayModel(locale, d.reason) : d.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <button type="button" onClick={() => notify(null)} className="shrink-0 text-xs font-medium underline" aria-label={t('notice.dismissLabel')}>
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
