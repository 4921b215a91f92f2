'use client'

import { useEffect, useRef, useState, type DragEvent } from 'react'
import { useLocale } from '@/components/i18n/locale-provider'
import { useDashboardStoreApi } from '@/components/store/dashboard-store'
import type { ImportReport } from '@/lib/import/types'
import type { ImportUiReason } from '@/lib/i18n/catalog/import-ui-reasons'
import { sayImportUi } from '@/lib/i18n/catalog/say-import-ui'
import type { Scenario } from '@/lib/model'
import type { ImportProblem } from './import-outcome'
import { ImportProblems } from './import-problems'
import { ImportReportView } from './import-report-view'
import { ACCEPT, filesFromDrop, filesFromInput, keepTerraformFiles, namedVarFiles, type PickedFile } from './pick-files'
import { readTerraformFiles } from './read-files'
import { readVariables } from './read-variables'
import { sendImport } from './send-import'

/** Where an import stands. Only "Use this design" hands a design to the store. */
type Stage =
  | { kind: 'waiting' }
  | { kind: 'reading'; files: number }
  | { kind: 'importing'; files: number }
  | { kind: 'report'; files: number; scenario: Scenario; report: ImportReport }
  | { kind: 'failed'; problems: ImportProblem[] }

/** React passes the attribute through; TypeScript's input props do not list it. */
const FOLDER_INPUT = { webkitdirectory: '' } as Record<string, string>

/** A label drawn as a button; its file input is visually hidden but keeps the keyboard focus, shown on the label. */
const PICK =
  'flex cursor-pointer items-center whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-sky-600'
const BUTTON = 'whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'

/**
 * "Import Terraform": files, a folder or a drop are read here, sent to /api/import, and its report
 * shown. The work on screen is not touched until "Use this design"; Cancel, Esc or a failure
 * leave it as it was. Mounted while open (the header loads this module on the first click).
 */
export function ImportTerraformDialog({ onClose }: { onClose: () => void }) {
  const { locale } = useLocale()
  const store = useDashboardStoreApi()
  const dialog = useRef<HTMLDialogElement>(null)
  const running = useRef<AbortController | null>(null)
  const [stage, setStage] = useState<Stage>({ kind: 'waiting' })
  const [dragging, setDragging] = useState(false)
  const [variables, setVariables] = useState('')
  // The last files picked, so new variables can be applied without picking them again.
  const [picked, setPicked] = useState<PickedFile[]>([])
  // Which .tfvars apply as -var-file: ticked when picked as files, not when found in a folder.
  const [varFileChoice, setVarFileChoice] = useState<Record<string, boolean>>({})
  const w = (reason: ImportUiReason) => sayImportUi(locale, reason)

  useEffect(() => {
    const element = dialog.current!
    // Modal in a browser (focus kept inside, the page behind inert); jsdom has no showModal.
    if (typeof element.showModal === 'function') element.showModal()
    else element.setAttribute('open', '')
    return () => running.current?.abort()
  }, [])

  /** `choice`: which var files apply; a new pick ticks them when picked one by one (`asFiles`). */
  const importPicked = async (picked: PickedFile[], choice?: Record<string, boolean>, asFiles = false) => {
    if (picked.length === 0) return
    setPicked(picked)
    const varFiles = choice ?? Object.fromEntries(namedVarFiles(keepTerraformFiles(picked).map((p) => p.path)).map((path) => [path, asFiles]))
    setVarFileChoice(varFiles)
    // A new pick replaces one still on its way.
    running.current?.abort()
    const run = new AbortController()
    running.current = run
    const vars = readVariables(variables)
    if (!vars.ok) return setStage({ kind: 'failed', problems: [{ from: 'dialog', reason: { code: 'import-ui.variable-line', params: { line: vars.line } } }] })
    const kept = keepTerraformFiles(picked)
    setStage({ kind: 'reading', files: kept.length })
    const read = await readTerraformFiles(kept, picked.length)
    if (run.signal.aborted) return
    if (!read.ok) return setStage({ kind: 'failed', problems: read.problems })
    setStage({ kind: 'importing', files: read.files.length })
    try {
      const outcome = await sendImport(read.files, run.signal, { vars: vars.vars, varFiles: Object.keys(varFiles).filter((path) => varFiles[path]) })
      if (!run.signal.aborted) setStage(outcome.ok ? { kind: 'report', files: read.files.length, ...outcome } : { kind: 'failed', problems: outcome.problems })
    } catch {
      // Aborted: the dialog closed, or a newer pick took over.
    }
  }

  const adoptDesign = () => {
    if (stage.kind !== 'report') return
    store.getState().replaceScenario(stage.scenario, null)
    onClose()
  }

  const onDragOver = (event: DragEvent) => {
    // Anywhere on the dialog: a file dropped beside the zone must not make the browser leave the page.
    event.preventDefault()
    setDragging(true)
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault()
    setDragging(false)
    void filesFromDrop(event.dataTransfer).then((dropped) => importPicked(dropped))
  }

  const busy = stage.kind === 'reading' || stage.kind === 'importing'
  return (
    <dialog
      ref={dialog}
      aria-labelledby="import-terraform-title"
      data-testid="import-terraform-dialog"
      onCancel={(event) => {
        event.preventDefault()
        onClose()
      }}
      onDragOver={onDragOver}
      onDragLeave={(event) => event.currentTarget === event.target && setDragging(false)}
      onDrop={onDrop}
      className="m-auto w-[min(60rem,calc(100vw-1.5rem))] max-w-none overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-800 shadow-2xl backdrop:bg-slate-900/40"
    >
      <div className="flex max-h-[min(90dvh,56rem)] flex-col">
        <div className="border-b border-slate-200 px-5 pt-4 pb-3">
          <h2 id="import-terraform-title" className="text-base font-semibold text-slate-900">
            {w({ code: 'import-ui.open', params: {} })}
          </h2>
          <p className="mt-1 text-xs text-slate-600">{w({ code: 'import-ui.intro', params: {} })}</p>
        </div>
        <div className="flex min-h-0 flex-1 flex-col gap-4 overflow-y-auto px-5 py-4" aria-busy={busy}>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
            <div className="flex gap-2">
              <label className={PICK}>
                {w({ code: 'import-ui.choose-files', params: {} })}
                <input type="file" multiple accept={ACCEPT} className="sr-only" onChange={(e) => void importPicked(filesFromInput(e.currentTarget.files ?? []), undefined, true)} />
              </label>
              <label className={PICK}>
                {w({ code: 'import-ui.choose-folder', params: {} })}
                <input type="file" {...FOLDER_INPUT} className="sr-only" onChange={(e) => void importPicked(filesFromInput(e.currentTarget.files ?? []))} />
              </label>
            </div>
            <div
              data-testid="import-drop-zone"
              data-dragging={dragging}
              className={`pointer-events-none flex flex-1 flex-col justify-center rounded-lg border-2 border-dashed px-3 py-2 text-center ${dragging ? 'border-sky-500 bg-sky-50' : 'border-slate-300 bg-slate-50'}`}
            >
              <p className="text-sm font-medium text-slate-700">{w({ code: 'import-ui.drop-here', params: {} })}</p>
              <p className="text-xs text-slate-500">{w({ code: 'import-ui.drop-hint', params: {} })}</p>
            </div>
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer font-medium text-slate-700">{w({ code: 'import-ui.variables', params: {} })}</summary>
            <p id="import-variables-hint" className="mt-1 text-xs text-slate-500">{w({ code: 'import-ui.variables-hint', params: {} })}</p>
            <textarea
              aria-label={w({ code: 'import-ui.variables', params: {} })}
              aria-describedby="import-variables-hint"
              value={variables}
              onChange={(e) => setVariables(e.target.value)}
              rows={3}
              spellCheck={false}
              className="mt-2 w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-xs focus-visible:outline-2 focus-visible:outline-sky-600"
            />
            <button type="button" disabled={picked.length === 0 || busy} onClick={() => void importPicked(picked, varFileChoice)} className={`${BUTTON} mt-1 border border-slate-300 text-slate-800 hover:bg-slate-50 disabled:cursor-not-allowed disabled:text-slate-400`}>
              {w({ code: 'import-ui.variables-apply', params: {} })}
            </button>
          </details>
          {Object.keys(varFileChoice).length > 0 && (
            <fieldset className="text-sm">
              <legend className="font-medium text-slate-700">{w({ code: 'import-ui.var-files', params: {} })}</legend>
              <p className="text-xs text-slate-500">{w({ code: 'import-ui.var-files-hint', params: {} })}</p>
              <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
                {Object.keys(varFileChoice).map((path) => (
                  <label key={path} className="flex items-center gap-1.5 font-mono text-xs">
                    <input
                      type="checkbox"
                      checked={varFileChoice[path]}
                      disabled={busy}
                      onChange={(e) => void importPicked(picked, { ...varFileChoice, [path]: e.target.checked })}
                    />
                    {path}
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          <p role="status" className="text-sm text-slate-600 empty:hidden">
            {stage.kind === 'reading' && w({ code: 'import-ui.reading', params: { files: stage.files } })}
            {stage.kind === 'importing' && w({ code: 'import-ui.importing', params: { files: stage.files } })}
          </p>
          {stage.kind === 'failed' && <ImportProblems problems={stage.problems} locale={locale} />}
          {stage.kind === 'report' && (
            <>
              <p className="text-sm text-slate-700">{w({ code: 'import-ui.read-from', params: { files: stage.files, name: stage.scenario.config.name } })}</p>
              <ImportReportView report={stage.report} locale={locale} />
            </>
          )}
        </div>
        <div className="flex justify-end gap-2 border-t border-slate-200 px-5 py-3">
          <button type="button" onClick={onClose} className={`${BUTTON} text-slate-700 hover:bg-slate-100`}>
            {w({ code: 'import-ui.cancel', params: {} })}
          </button>
          <button type="button" onClick={adoptDesign} disabled={stage.kind !== 'report'} className={`${BUTTON} bg-sky-700 text-white hover:bg-sky-600 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600`}>
            {w({ code: 'import-ui.use', params: {} })}
          </button>
        </div>
      </div>
    </dialog>
  )
}
