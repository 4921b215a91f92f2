import type { CSSProperties, ReactNode } from 'react'

/** Attributes a row or a cell may carry: `data-scenario="az-outage"`, a hatched background. */
type Marks = { className?: string; style?: CSSProperties } & { [data: `data-${string}`]: string | boolean | undefined }

export type Column<Row> = {
  /** React key when columns are built from a list (one per plan); the index otherwise. */
  key?: string
  header: ReactNode
  cell: (row: Row) => ReactNode
  align?: 'left' | 'right' | 'center'
  /** The column's width in a fixed layout, e.g. `w-[24%]`. */
  width?: string
  /** Classes for this column's cells: the first column's `th` ("font-medium text-slate-900") or a flagged value. */
  className?: string | ((row: Row) => string)
  /** Attributes of one cell: `data-state="unknown"`. */
  marks?: (row: Row) => Marks
}

type Props<Row> = {
  /** Read by screen readers only: what the table lists. */
  caption: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  rowMarks?: (row: Row) => Marks
  /**
   * A last row under a heavier rule: its label (over `labelSpan` columns), then one cell per
   * remaining column, bold figures unless a cell says otherwise (totals per plan).
   */
  footer?: { label: ReactNode; labelSpan?: number; cells: readonly { content: ReactNode; className?: string }[] }
  /** `tight` for a table inside a card (text-xs), `roomy` when rows hold several lines. */
  density?: 'tight' | 'compact' | 'regular' | 'roomy'
  /** Column widths from `width` instead of from the content. */
  fixed?: boolean
  /** Rows whose cells hold several lines align to the top. */
  alignTop?: boolean
  className?: string
}

const ALIGN = { left: 'text-left', right: 'text-right', center: 'text-center' } as const
const PAD_Y = { tight: 'py-1', compact: 'py-1.5', regular: 'py-2', roomy: 'py-2.5' } as const

const join = (...classes: (string | false | undefined)[]) => classes.filter(Boolean).join(' ')

/**
 * The one table of the stakeholder views and the compare page: an sr-only caption, a header row,
 * one row per item whose first cell is its row header, and an optional total row. Every column but
 * the last keeps a gap on its right; numbers go right-aligned with tabular figures by `align`.
 */
export function DataTable<Row>({ caption, columns, rows, rowKey, rowMarks, footer, density = 'regular', fixed = false, alignTop = false, className }: Props<Row>) {
  const padY = PAD_Y[density]
  const gap = (index: number) => (index < columns.length - 1 ? (density === 'tight' ? 'pr-2' : 'pr-3') : undefined)
  const numeric = (column: Column<Row> | undefined) => (column?.align === 'right' ? 'tabular-nums' : undefined)
  return (
    <table className={join('w-full border-collapse', density === 'tight' ? 'text-xs' : 'text-sm', fixed && 'table-fixed', className)}>
      <caption className="sr-only">{caption}</caption>
      {fixed && (
        <colgroup>
          {columns.map((column, i) => (
            <col key={column.key ?? i} className={column.width} />
          ))}
        </colgroup>
      )}
      <thead>
        <tr className={join('border-b border-slate-200 text-left text-slate-500', density !== 'tight' && 'text-xs')}>
          {columns.map((column, i) => (
            <th key={column.key ?? i} scope="col" className={join(density === 'tight' ? 'py-1' : 'py-2', gap(i), column.align && ALIGN[column.align], 'font-medium')}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const { className: rowClass, ...rowData } = rowMarks?.(row) ?? {}
          return (
            <tr key={rowKey(row)} {...rowData} className={join('border-b border-slate-100 last:border-0', alignTop && 'align-top', rowClass)}>
              {columns.map((column, i) => {
                const extra = typeof column.className === 'function' ? column.className(row) : column.className
                const { className: markClass, ...cellData } = column.marks?.(row) ?? {}
                const classes = join(padY, gap(i), i === 0 ? 'text-left' : column.align && ALIGN[column.align], numeric(column), extra, markClass)
                return i === 0 ? (
                  <th key={column.key ?? i} scope="row" {...cellData} className={classes}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key ?? i} {...cellData} className={classes}>
                    {column.cell(row)}
                  </td>
                )
              })}
            </tr>
          )
        })}
      </tbody>
      {footer && (
        <tfoot>
          <tr className="border-t-2 border-slate-300">
            <th scope="row" colSpan={footer.labelSpan} className={join('py-2', gap(0), 'text-left font-semibold')}>
              {footer.label}
            </th>
            {footer.cells.map((cell, i) => {
              const index = i + (footer.labelSpan ?? 1)
              const column = columns[index]
              return (
                <td key={column?.key ?? index} className={join('py-2', gap(index), ALIGN[column?.align ?? 'left'], cell.className ?? 'font-semibold tabular-nums')}>
                  {cell.content}
                </td>
              )
            })}
          </tr>
        </tfoot>
      )}
    </table>
  )
}
