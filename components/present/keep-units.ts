const NBSP = '\u00a0'

/**
 * Display only: keeps a number with its unit on one line ("95 ms", "10 %", "2 minutes", "약 2분"),
 * so a large headline never ends a line on a bare number. The narrative itself stays plain text.
 */
export function keepUnits(text: string): string {
  return text.replace(/(\d) (?=[%A-Za-z가-힣])/g, `$1${NBSP}`).replace(/(^|\s)(about|약|at least|최소) (?=[\d₩$])/g, `$1$2${NBSP}`)
}
