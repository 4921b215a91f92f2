import type { SourcePlace } from '../types'
import type { RawBody } from './parse-file'

/** A top-level block's body (Terraform's JSON shape) and where it was written. */
export type RawBlock = { body: RawBody; where: SourcePlace }

export type RawResource = RawBlock & { mode: 'managed' | 'data'; type: string; name: string }

export type RawProvider = RawBlock & { name: string; alias?: string }

/** One folder of `.tf`/`.tf.json` files, override files merged in: a Terraform module. */
export type ParsedModule = {
  /** The folder, relative to the one the user picked (`.` for that folder itself). */
  dir: string
  variables: Map<string, RawBlock>
  /** Each named value of every `locals` block, as an unevaluated expression. */
  locals: Map<string, { expression: unknown; where: SourcePlace }>
  /** In the order they are written (file by file). */
  resources: RawResource[]
  modules: Map<string, RawBlock>
  providers: RawProvider[]
  outputs: Map<string, RawBlock>
}

/** A `.tfvars` file that applies, in the order Terraform applies them (the last one wins). */
export type ParsedVarFile = { file: string; values: RawBody }

export type ConfigurationFiles = {
  /** The root module's folder. */
  root: string
  modules: Map<string, ParsedModule>
  varFiles: ParsedVarFile[]
}
