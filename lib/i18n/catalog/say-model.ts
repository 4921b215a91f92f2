import { model as en } from './en/model'
import { model as ko } from './ko/model'
import type { ModelReason } from '../../model/model-issues'
import { speaker } from './speaker'

/** What the model says about a refused file, link or saved work, without the rest of the catalog. */
export const sayModel = speaker<ModelReason>({ en, ko })
