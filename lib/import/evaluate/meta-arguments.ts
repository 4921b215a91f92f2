/**
 * Arguments Terraform itself reads rather than the provider ("Meta-Arguments"): they shape how many
 * instances there are and in which order they change, and are not part of a resource's values.
 */
export const RESOURCE_META_ARGUMENTS = new Set(['count', 'for_each', 'depends_on', 'lifecycle', 'provider', 'provisioner', 'connection'])

/** A module call's own arguments; every other argument is an input variable of the module. */
export const MODULE_META_ARGUMENTS = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on'])
