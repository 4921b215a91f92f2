/** The header's "Import Terraform" button and the dialog's title, in Korean (see en/import-ui-button.ts). */
export const importUiButton = () => 'Terraform 가져오기'
