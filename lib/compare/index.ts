export * from './types'
export { compareScenarios, MIN_COMPARED, MAX_COMPARED } from './compare-scenarios'
export { diffConfigs } from './diff-configs'
export { pickWinners } from './pick-winners'
