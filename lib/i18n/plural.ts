import { intlLocale, type Locale } from './locale'

/** The forms a message gives for a count; `other` is required, the rest as the language needs (Korean needs none). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }

/**
 * The form Intl's plural rules pick for `count` in the reader's language.
 * plural('en', 1, { one: 'task', other: 'tasks' }) → 'task'; plural('ko', 3, { other: '개' }) → '개'.
 */
export function plural(locale: Locale, count: number, forms: PluralForms): string {
  const rule = pluralRules(locale).select(count)
  return forms[rule] ?? forms.other
}

// Built once per language: messages ask for a plural per topology box on every render.
const rulesByLocale = new Map<Locale, Intl.PluralRules>()

function pluralRules(locale: Locale): Intl.PluralRules {
  let rules = rulesByLocale.get(locale)
  if (!rules) rulesByLocale.set(locale, (rules = new Intl.PluralRules(intlLocale(locale))))
  return rules
}
