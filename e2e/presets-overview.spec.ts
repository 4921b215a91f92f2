import { expect, test } from '@playwright/test'

test('the home page lists every preset with the engine\'s monthly cost', async ({ page }) => {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto('/')
  await expect(page.getByRole('heading', { name: 'ArchDeck' })).toBeVisible()
  const swiftlogix = page.getByRole('row', { name: /SwiftLogix — final proposal/ })
  await expect(swiftlogix).toContainText('$200.87')
  await expect(page.getByRole('row')).toHaveCount(9)
  await page.screenshot({ path: 'test-results/screenshots/presets-overview.png', fullPage: true })
  expect(errors).toEqual([])
})
