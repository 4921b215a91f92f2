/** Class lists shared by the workspace panel's controls, so buttons and fields look alike everywhere. */
const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600'

export const BUTTON_PRIMARY = `inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md bg-sky-600 px-3 py-1.5 text-sm font-medium text-white shadow-sm hover:bg-sky-500 disabled:cursor-not-allowed disabled:bg-slate-300 disabled:text-slate-600 disabled:shadow-none ${FOCUS}`
export const BUTTON_SECONDARY = `inline-flex items-center justify-center gap-1.5 whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS}`
export const BUTTON_SMALL = `inline-flex items-center gap-1 whitespace-nowrap rounded-md px-2 py-1 text-xs font-medium text-sky-700 hover:bg-sky-50 disabled:cursor-not-allowed disabled:opacity-50 ${FOCUS}`
export const BUTTON_DANGER_SMALL = `inline-flex items-center gap-1 whitespace-nowrap rounded-md border border-amber-300 bg-white px-2 py-1 text-xs font-medium text-amber-800 hover:bg-amber-50 disabled:opacity-50 ${FOCUS}`
export const INPUT =
  'w-full min-w-0 rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 placeholder:text-slate-500 focus:border-sky-500 focus:outline-2 focus:outline-sky-500/30'
export const LABEL = 'block text-xs font-medium text-slate-600'
export const SECTION_TITLE = 'text-xs font-semibold uppercase tracking-wide text-slate-500'
