import type { ImportError } from '../types'
import { hclSyntaxErrors, jsonSyntaxError } from './syntax-error'

/** A file's content in Terraform's JSON shape: hcl2json's output, or the parsed `.tf.json`. */
export type RawBody = Record<string, unknown>

type ParsedFile = { ok: true; body: RawBody } | { ok: false; errors: ImportError[] }

/**
 * Parses one `.tf`, `.tfvars` (HCL, through hcl2json) or `.tf.json`, `.tfvars.json` file. A file
 * holding NUL bytes (a binary picked by mistake) is unreadable rather than a syntax error, and so is
 * an empty JSON file. An empty HCL file is an empty configuration, as Terraform reads it (projects
 * keep an empty outputs.tf from their template).
 */
export async function parseFile(path: string, source: string, syntax: 'hcl' | 'json'): Promise<ParsedFile> {
  const text = source.replace(/^\uFEFF/, '')
  if (text.includes('\u0000')) return unreadable(path, 'binary')
  if (text.trim() === '') return syntax === 'hcl' ? { ok: true, body: {} } : unreadable(path, 'empty')
  if (syntax === 'json') return parseJson(path, text)
  // The parser carries a 1.7 MB WebAssembly module: loaded only when a file is read.
  const { parse } = await import('@cdktf/hcl2json')
  try {
    const body: unknown = await parse(path, text)
    return isObject(body) ? { ok: true, body } : unreadable(path, 'not-an-object')
  } catch (error) {
    return { ok: false, errors: hclSyntaxErrors(path, error instanceof Error ? error.message : String(error)) }
  }
}

function parseJson(path: string, text: string): ParsedFile {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxError(path, text, error instanceof Error ? error.message : String(error))] }
  }
  return isObject(body) ? { ok: true, body } : unreadable(path, 'not-an-object')
}

function unreadable(file: string, why: string): ParsedFile {
  return { ok: false, errors: [{ code: 'import.unreadable-file', params: { why }, where: { file } }] }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
