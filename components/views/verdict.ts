import { MODE_FILL, MODE_TEXT, MODE_TONE } from '@/components/ui/tones'

export { gateVerdict } from '@/lib/design-check/gate-verdict'

/** How an answer reads at a glance: fine, worth watching, or needs action. */
export type Verdict = 'good' | 'warn' | 'bad'

// The verdict colours are the recovery-mode colours (auto / partial / manual), so green, amber and
// red mean the same thing on every tab.
export const VERDICT_TONE: Record<Verdict, string> = { good: MODE_TONE.auto, warn: MODE_TONE.partial, bad: MODE_TONE.manual }
export const VERDICT_FILL: Record<Verdict, string> = { good: MODE_FILL.auto, warn: MODE_FILL.partial, bad: MODE_FILL.manual }
export const VERDICT_TEXT: Record<Verdict, string> = { good: MODE_TEXT.auto, warn: MODE_TEXT.partial, bad: MODE_TEXT.manual }
export const VERDICT_BORDER: Record<Verdict, string> = { good: 'border-l-emerald-500', warn: 'border-l-amber-500', bad: 'border-l-rose-500' }

