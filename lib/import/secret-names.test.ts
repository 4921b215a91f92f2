import { describe, expect, it } from 'vitest'
import { isSecretName } from './secret-names'

// One rule for the files, the plan/state JSON and the report. Write-only arguments (`*_wo`) are
// never stored in state (hashicorp/aws, "Using write-only arguments"), so they hold secrets by design.
describe('isSecretName', () => {
  it('knows the names every import step treated as secrets', () => {
    for (const name of ['password', 'master_password', 'db_password', 'secret_string', 'secret_binary', 'auth_token', 'token', 'private_key', 'private_key_pem', 'access_key', 'secret_key', 'api_key', 'client_secret', 'passphrase', 'password_wo', 'secret_string_wo', 'custom_wo'])
      expect(isSecretName(name), name).toBe(true)
  })

  it('leaves names that point at or describe a secret', () => {
    for (const name of ['password_secret_arn', 'password_length', 'token_ttl', 'manage_master_user_password_rotation', 'secret_arn', 'kms_key_id', 'username'])
      expect(isSecretName(name), name).toBe(false)
  })
})
