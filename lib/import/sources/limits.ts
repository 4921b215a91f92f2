import { IMPORT_LIMITS } from '../types'

/** Bounds on what one import reads (ADR 011: a hostile or mistaken folder cannot hang the server). */
export const MAX_FILES = IMPORT_LIMITS.files
export const MAX_TOTAL_BYTES = IMPORT_LIMITS.bodyBytes
/** One file alone: far beyond any hand-written one. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024

/** UTF-8 length without allocating the encoded bytes. */
export function utf8Bytes(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}
