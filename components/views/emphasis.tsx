import type { ReactNode } from 'react'

// Private-use characters: a catalog message stays a plain string, and the view marks which of the
// params it passes should stand out. Nobody types these into a name, and if someone did, the worst
// case is a bold word.
const FIGURE = '\uE000'
const ALARM = '\uE001'
const END = '\uE002'
const MARKED = new RegExp(`([${FIGURE}${ALARM}])([^${END}]*)${END}`, 'g')

/** A param shown in bold: a figure, or (alarm) a warning word in red. */
export function emphasise(text: string, kind: 'figure' | 'alarm' = 'figure'): string {
  return `${kind === 'alarm' ? ALARM : FIGURE}${text}${END}`
}

/** A message with emphasised params, rendered with <strong> where the view marked them. */
export function Emphasised({ text }: { text: string }): ReactNode {
  const parts: ReactNode[] = []
  let last = 0
  for (const match of text.matchAll(MARKED)) {
    parts.push(text.slice(last, match.index))
    parts.push(
      <strong key={match.index} className={match[1] === ALARM ? 'text-rose-700' : 'tabular-nums'}>
        {match[2]}
      </strong>,
    )
    last = match.index + match[0].length
  }
  parts.push(text.slice(last))
  return <>{parts}</>
}
