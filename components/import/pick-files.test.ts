import { describe, expect, it } from 'vitest'
import { filesFromDrop, isTerraformPath, keepTerraformFiles, type PickedFile } from './pick-files'

/** A dropped folder as Chromium hands it over: entries, directories read in batches. */
type Tree = { [name: string]: string | Tree }

function entryOf(name: string, node: string | Tree, parent = ''): FileSystemEntry {
  const fullPath = `${parent}/${name}`
  if (typeof node === 'string') {
    return { name, fullPath, isFile: true, isDirectory: false, file: (done: (f: File) => void) => done(new File([node], name)) } as unknown as FileSystemEntry
  }
  const children = Object.entries(node).map(([child, sub]) => entryOf(child, sub, fullPath))
  return {
    name,
    fullPath,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      // Two at a time, then an empty batch: the caller must keep asking.
      let at = 0
      return { readEntries: (done: (batch: FileSystemEntry[]) => void) => done(children.slice(at, (at += 2))) }
    },
  } as unknown as FileSystemEntry
}

function dropOf(tree: Tree): DataTransfer {
  const items = Object.entries(tree).map(([name, node]) => ({ kind: 'file', webkitGetAsEntry: () => entryOf(name, node) }))
  return { items, files: [] } as unknown as DataTransfer
}

const paths = (files: PickedFile[]) => files.map((f) => f.path)

describe('files picked or dropped for an import', () => {
  it('keeps Terraform\'s kinds of file only, outside .terraform, hidden folders and node_modules', () => {
    for (const path of ['main.tf', 'a/b/vars.tfvars', 'x.tf.json', 'prod.tfvars.json', 'plan.json', 'MAIN.TF']) expect(isTerraformPath(path), path).toBe(true)
    for (const path of ['.terraform/modules/net/main.tf', 'a/.git/x.json', '.hidden.tf', 'node_modules/p/package.json', 'README.md', 'main.tf.bak', '.tf', 'terraform.tfstate']) expect(isTerraformPath(path), path).toBe(false)
  })

  it('walks dropped folders to the bottom, skipping .terraform unread, and gives paths relative to the one dropped folder', async () => {
    const dropped = await filesFromDrop(
      dropOf({
        infra: {
          'main.tf': 'a',
          'variables.tf': 'b',
          'prod.tfvars': 'c',
          'notes.md': 'd',
          '.terraform': { 'huge.tf': 'never read' },
          modules: { net: { 'main.tf': 'e', 'outputs.tf': 'f' } },
        },
      }),
    )
    expect(paths(dropped)).not.toContain('infra/.terraform/huge.tf')
    const kept = keepTerraformFiles(dropped)
    expect(paths(kept)).toEqual(['main.tf', 'modules/net/main.tf', 'modules/net/outputs.tf', 'prod.tfvars', 'variables.tf'])
    expect(await kept[1]!.file.text()).toBe('e')
  })

  it('keeps the paths of files dropped side by side, and of several folders', async () => {
    expect(paths(keepTerraformFiles(await filesFromDrop(dropOf({ 'main.tf': 'a', 'plan.json': 'b' }))))).toEqual(['main.tf', 'plan.json'])
    expect(paths(keepTerraformFiles(await filesFromDrop(dropOf({ app: { 'main.tf': 'a' }, net: { 'main.tf': 'b' } }))))).toEqual(['app/main.tf', 'net/main.tf'])
  })
})
