export { handleRoute, json } from './handle-route'
export { HttpError } from './http-error'
export { readJsonBody } from './read-json-body'
export { parseVersionParam, requireScenario } from './route-params'
