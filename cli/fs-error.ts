/** What a failed file operation means to a person, with Node's code kept for searching (`no such file or folder (ENOENT)`). */
const MEANINGS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EROFS: 'the file system is read-only',
  EMFILE: 'too many files are open',
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code && MEANINGS[code]) return `${MEANINGS[code]} (${code})`
  return code ?? (error instanceof Error ? error.message : String(error))
}
