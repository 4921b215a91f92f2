import type { RepositoryError } from '../repository-error'

/** For tests: the repository's refusal, caught so its code and field paths can be checked. */
export async function refusal(promise: Promise<unknown>): Promise<RepositoryError> {
  try {
    await promise
  } catch (error) {
    return error as RepositoryError
  }
  throw new Error('expected the repository to refuse')
}
