import { execFile, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { TerraformFile } from '../terraform/export-terraform'

/**
 * `terraform plan` of an ArchDeck export without AWS: the provider reads three data sources while
 * planning (`aws_ami`, `aws_caller_identity`, `aws_ec2_managed_prefix_list`), so its EC2 and STS
 * endpoints point at a small local server that answers those calls with fixed XML, and the
 * provider is told not to check credentials, the account or the instance metadata
 * (hashicorp/aws provider docs, "Argument Reference": skip_credentials_validation,
 * skip_requesting_account_id, skip_metadata_api_check, endpoints). Everything else is planned
 * offline, from the provider mirror scripts/validate-terraform.ts uses.
 */

const PLUGIN_DIR = process.env.TF_PLUGIN_DIR ?? '/opt/tf-plugins'
const AWS_MIRROR = join(PLUGIN_DIR, 'registry.terraform.io', 'hashicorp', 'aws')
const run = promisify(execFile)

/** Why a plan cannot run on this machine, or null when it can. */
export function whyNoTerraform(): string | null {
  if (spawnSync('terraform', ['version'], { encoding: 'utf8' }).status !== 0) return 'no terraform binary on PATH'
  if (!existsSync(AWS_MIRROR) || readdirSync(AWS_MIRROR).length === 0) return `no AWS provider mirror in ${AWS_MIRROR} (TF_PLUGIN_DIR)`
  return null
}

export type OfflinePlanner = {
  /** The export's files planned in one working folder; returns `terraform show -json` of the plan. */
  planJson(files: readonly TerraformFile[]): Promise<string>
  close(): Promise<void>
}

export async function startOfflinePlanner(): Promise<OfflinePlanner> {
  const mirrored = readdirSync(AWS_MIRROR).sort().at(-1)!
  const server = await startFakeAws()
  const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const dir = mkdtempSync(join(tmpdir(), 'archdeck-plan-'))
  const env = { ...process.env, TF_CLI_CONFIG_FILE: '/dev/null', CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', AWS_EC2_METADATA_DISABLED: 'true' }
  const terraform = (...args: string[]) => run('terraform', args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
  let initialised = false
  return {
    async planJson(files) {
      for (const name of readdirSync(dir)) if (/\.json$|\.plan$/.test(name)) rmSync(join(dir, name))
      for (const file of files) {
        // The mirror holds one provider version; the export asks for a newer line (as validate-terraform does).
        writeFileSync(join(dir, file.name), file.content.replace(/("source": "hashicorp\/aws",\s*"version": )"[^"]+"/, `$1"${mirrored}"`))
      }
      writeFileSync(join(dir, 'offline_override.tf.json'), JSON.stringify(offlineProviders(files, endpoint)))
      writeFileSync(join(dir, 'offline.auto.tfvars.json'), JSON.stringify(placeholderValues(files)))
      if (!initialised) {
        await terraform('init', '-backend=false', `-plugin-dir=${PLUGIN_DIR}`, '-no-color', '-input=false')
        initialised = true
      }
      await terraform('plan', '-out=tf.plan', '-no-color', '-input=false', '-lock=false')
      return (await terraform('show', '-json', 'tf.plan')).stdout
    },
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

type JsonObject = Record<string, unknown>

/** Every `aws` provider block of the export (the default and its aliases) gets the offline settings. */
function offlineProviders(files: readonly TerraformFile[], endpoint: string): JsonObject {
  const main = JSON.parse(files.find((f) => f.name === 'main.tf.json')!.content) as { provider?: { aws?: { alias?: string }[] } }
  const offline = {
    access_key: 'AKIAARCHDECKOFFLINE',
    secret_key: 'archdeck-offline-plan',
    skip_credentials_validation: true,
    skip_requesting_account_id: true,
    skip_metadata_api_check: true,
    endpoints: [{ ec2: endpoint, sts: endpoint }],
  }
  return { provider: { aws: (main.provider?.aws ?? [{}]).map((p) => ({ ...(p.alias ? { alias: p.alias } : {}), ...offline })) } }
}

/** Values for the variables the export leaves to the user (images, key pair, certificate, secrets). */
function placeholderValues(files: readonly TerraformFile[]): JsonObject {
  const variables = files.find((f) => f.name === 'variables.tf.json')
  const declared = variables ? ((JSON.parse(variables.content) as { variable?: Record<string, { default?: unknown; type?: string }> }).variable ?? {}) : {}
  const values: JsonObject = {}
  for (const [name, variable] of Object.entries(declared)) {
    if ('default' in variable) continue
    values[name] =
      variable.type === 'number' ? 1
      : variable.type === 'bool' ? false
      : /arn/.test(name) ? 'arn:aws:acm:us-east-1:123456789012:certificate/00000000-0000-0000-0000-000000000000'
      : `archdeck-offline-${name}`
  }
  return values
}

const EC2 = 'http://ec2.amazonaws.com/doc/2016-11-15/'

/** The EC2 and STS query API calls the export's data sources make, answered with fixed XML. */
const ANSWERS: Record<string, string> = {
  DescribeImages: `<DescribeImagesResponse xmlns="${EC2}"><requestId>offline</requestId><imagesSet><item><imageId>ami-0123456789abcdef0</imageId><imageState>available</imageState><imageOwnerId>137112412989</imageOwnerId><creationDate>2026-01-01T00:00:00.000Z</creationDate><architecture>x86_64</architecture><imageType>machine</imageType><name>al2023-ami-2023.6.20260101.0-kernel-6.1-x86_64</name><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName><virtualizationType>hvm</virtualizationType></item></imagesSet></DescribeImagesResponse>`,
  DescribeManagedPrefixLists: `<DescribeManagedPrefixListsResponse xmlns="${EC2}"><requestId>offline</requestId><prefixListSet><item><prefixListId>pl-3b927c52</prefixListId><addressFamily>IPv4</addressFamily><state>create-complete</state><prefixListArn>arn:aws:ec2:us-east-1:aws:prefix-list/pl-3b927c52</prefixListArn><prefixListName>com.amazonaws.global.cloudfront.origin-facing</prefixListName><maxEntries>55</maxEntries><version>1</version><ownerId>AWS</ownerId></item></prefixListSet></DescribeManagedPrefixListsResponse>`,
  GetManagedPrefixListEntries: `<GetManagedPrefixListEntriesResponse xmlns="${EC2}"><requestId>offline</requestId><entrySet/></GetManagedPrefixListEntriesResponse>`,
  GetCallerIdentity: `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::123456789012:user/archdeck</Arn><UserId>AIDAOFFLINE</UserId><Account>123456789012</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>offline</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
}

function startFakeAws(): Promise<Server> {
  const server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      const answer = ANSWERS[new URLSearchParams(body).get('Action') ?? '']
      // Anything else (the AMI's UEFI data) is refused; the provider plans on without it.
      response.writeHead(answer ? 200 : 400, { 'content-type': 'text/xml' })
      response.end(answer ?? `<Response><Errors><Error><Code>UnsupportedOperation</Code><Message>offline</Message></Error></Errors></Response>`)
    })
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}
