/**
 * The header's "Import Terraform" button and the dialog's title. On its own, because the header
 * is on every first load and the rest of the `import-ui` namespace loads with the dialog.
 */
export const importUiButton = () => 'Import Terraform'
