import type { z } from 'zod'
import { parseOrThrow } from '../inputs'
import { HttpError } from './http-error'

/** A scenario is a few KB; 1 MB leaves room for large ones and stops abuse early. */
export const MAX_BODY_BYTES = 1_000_000

/**
 * Reads a JSON body of at most `limitBytes`, counting as it streams (a missing or false
 * Content-Length cannot get past it), then validates it with `schema`: 413, 400 with a sentence,
 * or 400 with field errors.
 */
export async function readJsonBody<T>(request: Request, schema: z.ZodType<T>, limitBytes: number = MAX_BODY_BYTES): Promise<T> {
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(limitBytes)
  const text = await readLimitedText(request, limitBytes)
  if (text.trim() === '') throw new HttpError(400, 'The request needs a JSON body.')
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    throw new HttpError(400, `The request body is not valid JSON (${(error as Error).message}).`)
  }
  return parseOrThrow(schema, data, '', 'The request')
}

async function readLimitedText(request: Request, limitBytes: number): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder('utf-8', { fatal: true })
  const chunks: string[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > limitBytes) {
        await reader.cancel().catch(() => undefined)
        throw tooLarge(limitBytes)
      }
      chunks.push(decoder.decode(value, { stream: true }))
    }
    chunks.push(decoder.decode())
  } catch (error) {
    if (error instanceof HttpError) throw error
    throw new HttpError(400, 'The request body could not be read as UTF-8 text.')
  }
  return chunks.join('')
}

function tooLarge(limitBytes: number): HttpError {
  return new HttpError(413, `The request body is larger than ${Math.round(limitBytes / 1_000_000)} MB.`)
}
