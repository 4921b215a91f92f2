/**
 * The dialog's variables, one `name=value` per line as `-var` takes them on the command line
 * (Terraform: "Assigning Values to Root Module Variables"). Blank lines and `#` comments are
 * skipped; a line without `=` or with a name Terraform would refuse is reported by its number.
 */
export function readVariables(text: string): { ok: true; vars: Record<string, string> } | { ok: false; line: number } {
  const vars: Record<string, string> = {}
  const lines = text.split(/\r?\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (line === '' || line.startsWith('#')) continue
    const equals = line.indexOf('=')
    const name = line.slice(0, equals).trim()
    // A variable's name: letters, digits, underscores and dashes, not starting with a digit.
    if (equals < 1 || !/^[A-Za-z_][A-Za-z0-9_-]*$/.test(name)) return { ok: false, line: i + 1 }
    vars[name] = line.slice(equals + 1).trim()
  }
  return { ok: true, vars }
}
