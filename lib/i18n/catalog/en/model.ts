import type { ModelReason } from '../../../model/model-issues'
import { MODEL_ENGLISH } from '../../../model/model-issue-english'
import type { Messages } from '../define'

/**
 * The model's issues in English: the model's own table (lib/model/model-issue-english.ts), which
 * also writes every field error's `message`, so the API, the CLI and the UI say the same words.
 */
export const model: Messages<ModelReason> = MODEL_ENGLISH
