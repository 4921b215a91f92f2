export { importTerraform, isPlanJson } from './import-terraform'
export { mapToScenario } from './map'
export type * from './types'
export { IMPORT_LIMITS, isRef, isUnknown, MODEL_FACTS_LOCAL } from './types'
