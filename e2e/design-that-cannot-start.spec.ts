import { test, expect, chooseRadio, openDashboard, screenshot } from './fixtures'

/**
 * The path to the seed budget went through "NAT gateways: None", a design whose private tasks
 * cannot pull their images. The dashboard must say it cannot run, and grade nothing green.
 */
test('a design with no way to pull its images says "Cannot run" and shows no green verdict', async ({ page, consoleProblems }) => {
  await openDashboard(page)
  await expect(page.getByTestId('design-blocked')).toHaveCount(0)
  await chooseRadio(page, 'NAT gateways', 'None')
  const banner = page.getByTestId('design-blocked')
  await expect(banner).toContainText('Cannot run: 3 problems stop this design from starting')
  await expect(banner).toContainText('cannot pull their container images')
  await expect(page.getByTestId('kpi-recovery-coverage')).toContainText('Cannot start')
  await expect(page.getByTestId('kpi-p95-latency')).toContainText('Cannot start')
  await expect(page.getByTestId('views-cannot-start')).toBeVisible()
  // Nothing outside the greyed views is drawn in a green hue (the verdict colour of "fine").
  const green = await page.evaluate(() => {
    const isGreen = (colour: string) => {
      const oklch = /oklch\(([\d.]+)%? ([\d.]+) ([\d.]+)/.exec(colour)
      if (oklch) return Number(oklch[2]) > 0.04 && Number(oklch[3]) >= 120 && Number(oklch[3]) <= 180
      const rgb = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(colour)
      if (!rgb || rgb[4] === '0') return false
      const [r, g, b] = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])]
      return g > r + 30 && g > b + 10
    }
    return [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('.grayscale') && (el as HTMLElement).offsetParent !== null)
      .filter((el) => {
        const style = getComputedStyle(el)
        return [style.borderLeftColor, style.backgroundColor, style.color, style.fill].some(isGreen)
      })
      .map((el) => `${el.tagName} ${el.className}`.slice(0, 120))
  })
  expect(green).toEqual([])
  await screenshot(page, 'design-cannot-run')
  // Putting the NAT back makes the design runnable again.
  await chooseRadio(page, 'NAT gateways', 'One shared')
  await expect(page.getByTestId('design-blocked')).toHaveCount(0)
  expect(consoleProblems).toEqual([])
})
