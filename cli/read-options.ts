/** What a command accepts after its name: options that take a value, and bare flags. */
export type OptionSpec = { values: readonly string[]; flags: readonly string[] }

export type ReadOptions = { values: Map<string, string[]>; flags: Set<string>; positionals: string[] }

/**
 * Splits a subcommand's arguments into "--name value" / "--name=value" options (repeatable, in
 * order), "--flag" flags and positionals; a one-line error for an option the command does not
 * know or one without its value.
 * readOptions(['--from', 'dir', '--region=us-east-1'], { values: ['--from', '--region'], flags: [] })
 * → values { --from: ['dir'], --region: ['us-east-1'] }.
 */
export function readOptions(argv: readonly string[], spec: OptionSpec, command: string): ReadOptions | { error: string } {
  const values = new Map<string, string[]>()
  const flags = new Set<string>()
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i]!
    if (!token.startsWith('--')) {
      positionals.push(token)
      continue
    }
    const eq = token.indexOf('=')
    const name = eq === -1 ? token : token.slice(0, eq)
    if (spec.flags.includes(name) && eq === -1) {
      flags.add(name)
      continue
    }
    if (!spec.values.includes(name)) return { error: `unknown option "${token}" for ${command}` }
    const value = eq === -1 ? argv[++i] : token.slice(eq + 1)
    if (value === undefined || value === '' || (eq === -1 && value.startsWith('--'))) return { error: `${name} needs a value` }
    values.set(name, [...(values.get(name) ?? []), value])
  }
  return { values, flags, positionals }
}
