import type { DesignBlocker } from '@/lib/design-check'
import { sayDesign } from '@/lib/i18n/catalog/say-design'
import type { Locale } from '@/lib/i18n/locale'

/** Above the KPI strip when the design cannot start: "Cannot run: …" and each reason with its fix. */
export function DesignBlockedBanner({ blockers, locale }: { blockers: DesignBlocker[]; locale: Locale }) {
  return (
    <div role="alert" data-testid="design-blocked" className="mb-3 rounded-lg border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900">
      <p className="font-semibold">{sayDesign(locale, { code: 'design.ui.cannot-run', params: { reasons: blockers.length } })}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {blockers.map((blocker) => (
          <li key={blocker.code}>{sayDesign(locale, blocker)}</li>
        ))}
      </ul>
    </div>
  )
}
