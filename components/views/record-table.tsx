import type { ReactNode } from 'react'
import { DataTable, type Column } from '@/components/ui/data-table'
import { ScrollX } from './scroll-x'

type TableProps<Row> = Parameters<typeof DataTable<Row>>[0]

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(' ')

/** A cell with nothing to show gets no "label: value" line. */
const isBlank = (content: ReactNode) => content === null || content === undefined || content === false || content === ''

/**
 * A table whose rows are records (a failure, a cost line, a rule): from Tailwind's `sm` (640 px) up,
 * the table as it always was, scrolling inside its card past `minWidth`; on a phone, one block per
 * row titled by its first cell, each other cell under its column's header, so nothing hides off to
 * the right. Both forms are rendered (no flash when the page loads) and the one not shown is
 * `display: none`, out of the accessibility tree. The records leave out the rows' `data-*` marks,
 * which name the table's rows. `fits`: a table that wraps to its box at any width, with no scroll box.
 */
export function RecordTable<Row>({ minWidth, fits = false, ...table }: TableProps<Row> & { minWidth?: string; fits?: boolean }) {
  return (
    <div>
      {fits ? (
        <div className="hidden sm:block">
          <DataTable {...table} />
        </div>
      ) : (
        <ScrollX minWidth={minWidth} className="hidden sm:block">
          <DataTable {...table} />
        </ScrollX>
      )}
      <StackedRecords {...table} />
    </div>
  )
}

/** The phone's form alone, beside a table written by hand (the advisor's preview keeps its own). */
export function StackedRecords<Row>({ caption, columns, rows, rowKey, rowMarks, footer, density = 'regular', className }: TableProps<Row>) {
  const [title, ...fields] = columns
  if (!title) return null
  return (
    <ul aria-label={caption} className={join('divide-y divide-slate-100 sm:hidden', density === 'tight' ? 'text-xs' : 'text-sm', className)}>
      {rows.map((row) => {
        const { className: rowClass, style } = rowMarks?.(row) ?? {}
        return (
          <li key={rowKey(row)} className={join('py-2.5 first:pt-0 last:pb-0', rowClass)} style={style}>
            <p className={join('break-words font-medium text-slate-900', classOf(title, row))}>{title.cell(row)}</p>
            <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {fields.map((column, i) => {
                const content = column.cell(row)
                return isBlank(content) ? null : (
                  <Field key={column.key ?? i} label={column.header} className={join(column.align === 'right' && 'tabular-nums', classOf(column, row))}>
                    {content}
                  </Field>
                )
              })}
            </dl>
          </li>
        )
      })}
      {footer && (
        <li className="border-t-2 border-slate-300 py-2.5 last:pb-0">
          <p className="font-semibold">{footer.label}</p>
          <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {footer.cells.map((cell, i) => {
              const column = columns[i + (footer.labelSpan ?? 1)]
              return (
                <Field key={column?.key ?? i} label={column?.header} className={cell.className ?? 'font-semibold tabular-nums'}>
                  {cell.content}
                </Field>
              )
            })}
          </dl>
        </li>
      )}
    </ul>
  )
}

function classOf<Row>(column: Column<Row>, row: Row) {
  return typeof column.className === 'function' ? column.className(row) : column.className
}

/**
 * "Label value": short ones side by side (mode, RTO, RPO on one line), a long one on a line of its
 * own, its value wrapping whole under its label.
 */
function Field({ label, className, children }: { label: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-wrap items-baseline gap-x-1.5">
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className={join('min-w-0 break-words', className)}>{children}</dd>
    </div>
  )
}
