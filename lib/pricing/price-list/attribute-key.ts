/**
 * One spelling for a product attribute across AWS's two offer formats: the JSON says
 * `instanceType`, `preInstalledSw`, `usagetype`; the CSV says "Instance Type", "Pre Installed S/W",
 * "usageType". Lower case without spaces or punctuation makes each pair the same key.
 * attributeKey('Pre Installed S/W') → 'preinstalledsw'.
 */
export function attributeKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '')
}
