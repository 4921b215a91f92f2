export { handleRoute, json } from './handle-route'
export { HttpError } from './http-error'
export { MAX_BODY_BYTES, readJsonBody } from './read-json-body'
export { parseVersionParam, requireScenario } from './route-params'
