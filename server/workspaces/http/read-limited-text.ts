import { HttpError } from './http-error'

/**
 * A request body as UTF-8 text, read chunk by chunk and abandoned as soon as it passes
 * `limitBytes` (`tooLarge()` says how), so a huge body is never held whole. Text that is not UTF-8
 * is a 400. `keepBom` keeps a leading byte-order mark for the caller to deal with visibly.
 */
export async function readLimitedText(request: Request, limitBytes: number, tooLarge: () => Error, options: { keepBom?: boolean } = {}): Promise<string> {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: options.keepBom ?? false })
  const chunks: string[] = []
  let received = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      received += value.byteLength
      if (received > limitBytes) {
        await reader.cancel().catch(() => undefined)
        throw new BodyTooLarge()
      }
      chunks.push(decoder.decode(value, { stream: true }))
    }
    chunks.push(decoder.decode())
  } catch (error) {
    if (error instanceof BodyTooLarge) throw tooLarge()
    throw new HttpError(400, 'The request body could not be read as UTF-8 text.')
  }
  return chunks.join('')
}

class BodyTooLarge extends Error {}
