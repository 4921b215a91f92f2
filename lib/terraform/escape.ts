/**
 * Makes user-entered text literal inside a Terraform string. Every JSON string in a `.tf.json`
 * file is a template, so a label such as `${file("/etc/passwd")}` would be evaluated; doubling
 * the introducer (`$${`, `%%{`) is Terraform's escape for a literal `${` / `%{`.
 *
 * escapeTemplate('cost ${x} %{ if y }') → 'cost $${x} %%{ if y }'
 */
export function escapeTemplate(text: string): string {
  // A function replacement, because '$$' in a replacement string means a single '$'.
  return text.replace(/([$%])\{/g, (_match, introducer: string) => `${introducer}${introducer}{`)
}
