import { main } from '../main'

/** For tests: what `archdeck ARGV` printed and its exit code. */
export type CliRun = { code: number; stdout: string; stderr: string }

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, printed: () => ({ stdout: out.join('\n'), stderr: err.join('\n') }) }
}

/** Runs a command that answers at once (every command but `db`). */
export function runCli(...argv: string[]): CliRun {
  const { io, printed } = capture()
  const code = main(argv, io)
  if (typeof code !== 'number') throw new Error(`archdeck ${argv.join(' ')} answers asynchronously: use runCliAsync`)
  return { code, ...printed() }
}

/** Runs any command, awaiting the ones that work with storage (`db backup`, `db restore`). */
export async function runCliAsync(...argv: string[]): Promise<CliRun> {
  const { io, printed } = capture()
  const code = await main(argv, io)
  return { code, ...printed() }
}
