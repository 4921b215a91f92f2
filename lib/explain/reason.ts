/**
 * What an engine says instead of a sentence: a stable code and the facts behind it. The words live
 * in lib/i18n's catalog, one entry per code and language (the way an ESLint rule reports a
 * messageId with data). A CI gate matches on `code`; `params` holds numbers, ids and names as typed.
 * Example: { code: 'capacity.advice.recommend', params: { rps: 200, slaTasks: 3, … } }.
 */
export type Reason<Code extends string = string, Params extends object = Record<string, never>> = { code: Code; params: Params }
