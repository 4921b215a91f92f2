/**
 * Names that hold secrets by convention, for every step of an import (files, plan and state JSON,
 * the report): the name ends in the secret's word (`db_password`, `master_password`, `auth_token`,
 * `client_secret`, `api_key`), or in its word and the form it is written in (`secret_string`,
 * `secret_binary`, `private_key_pem`), or is a provider's write-only argument (`*_wo`, never stored
 * in state). A name that points at a secret or describes one (`password_secret_arn`,
 * `password_length`, `token_ttl`) is not one.
 */
const SECRET_NAME = /(^|_)(password|passwd|pass|pwd|passphrase|secret|token|private_key|api_key|access_key|secret_key|credentials?)(_(string|binary|value|plaintext|pem|wo|b64|base64))?$|_wo$/i

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name)
}
