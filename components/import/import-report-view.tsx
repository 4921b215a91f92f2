'use client'

import type { ReactNode } from 'react'
import type { Assumed, ImportReport, Skipped, Understood } from '@/lib/import/types'
import type { Locale } from '@/lib/i18n/locale'
import type { ReportSection } from '@/lib/i18n/catalog/import-ui-reasons'
import { sayImportUi } from '@/lib/i18n/catalog/say-import-ui'
import { DataTable } from '@/components/ui/data-table'
import { wordImportNote } from './word-import-note'

/** Addresses and model paths are long and unbroken: they wrap anywhere rather than widen the table. */
const CODE = 'wrap-anywhere font-mono font-normal text-slate-900'

/** Terraform's and the model's own names, shown as written in every language. */
const asCode = (text: string) => <code>{text}</code>

/**
 * What an import made of the files, in three tables: each resource and the part of the design it
 * became, each field Terraform does not say and the value assumed for it (and why), each resource
 * left out and why; then the importer's other notes.
 */
export function ImportReportView({ report, locale }: { report: ImportReport; locale: Locale }) {
  const column = (code: 'import-ui.col-address' | 'import-ui.col-becomes' | 'import-ui.col-field' | 'import-ui.col-value' | 'import-ui.col-why') => sayImportUi(locale, { code, params: {} })
  const caption = (section: ReportSection, count: number) => sayImportUi(locale, { code: 'import-ui.section', params: { section, count } })
  return (
    <div className="flex flex-col gap-5">
      <Section section="understood" count={report.understood.length} locale={locale}>
        <DataTable<Understood>
          caption={caption('understood', report.understood.length)}
          density="tight"
          alignTop
          rows={report.understood}
          rowKey={(u) => `${u.address} → ${u.becomes}`}
          columns={[
            { header: column('import-ui.col-address'), cell: (u) => asCode(u.address), className: `${CODE} w-1/2` },
            { header: column('import-ui.col-becomes'), cell: (u) => asCode(u.becomes), className: CODE },
          ]}
        />
      </Section>
      <Section section="assumed" count={report.assumed.length} locale={locale}>
        <DataTable<Assumed>
          caption={caption('assumed', report.assumed.length)}
          density="tight"
          alignTop
          rows={report.assumed}
          rowKey={(a) => `${a.field} = ${a.value}`}
          columns={[
            { header: column('import-ui.col-field'), cell: (a) => asCode(a.field), className: `${CODE} w-1/3 sm:w-1/4` },
            { header: column('import-ui.col-value'), cell: (a) => asCode(a.value), className: `${CODE} w-1/5` },
            { header: column('import-ui.col-why'), cell: (a) => wordImportNote(locale, a.why) },
          ]}
        />
      </Section>
      <Section section="skipped" count={report.skipped.length} locale={locale}>
        <DataTable<Skipped>
          caption={caption('skipped', report.skipped.length)}
          density="tight"
          alignTop
          rows={report.skipped}
          rowKey={(s) => s.address}
          columns={[
            { header: column('import-ui.col-address'), cell: (s) => asCode(s.address), className: `${CODE} w-1/2` },
            { header: column('import-ui.col-why'), cell: (s) => wordImportNote(locale, s.why) },
          ]}
        />
      </Section>
      {report.notes.length > 0 && (
        <section aria-labelledby="import-report-notes-heading">
          <h3 id="import-report-notes-heading" className="text-sm font-semibold text-slate-900">
            {sayImportUi(locale, { code: 'import-ui.notes', params: { count: report.notes.length } })}
          </h3>
          <ul className="mt-1 list-disc space-y-0.5 pl-5 text-xs text-slate-700">
            {report.notes.map((note, i) => (
              <li key={i}>
                {note.address && <code className="mr-1 wrap-anywhere font-mono text-slate-900">{note.address}</code>}
                {wordImportNote(locale, note)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}

function Section({ section, count, locale, children }: { section: ReportSection; count: number; locale: Locale; children: ReactNode }) {
  const headingId = `import-report-${section}-heading`
  return (
    <section data-testid={`import-report-${section}`} data-count={count} aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-slate-900">
        {sayImportUi(locale, { code: 'import-ui.section', params: { section, count } })}
      </h3>
      {count === 0 ? <p className="mt-1 text-xs text-slate-500">{sayImportUi(locale, { code: 'import-ui.section-empty', params: { section } })}</p> : children}
    </section>
  )
}
