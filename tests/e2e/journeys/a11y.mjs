// axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on every public page type, in the light and the dark
// colour scheme, at 390x844: zero violations.
import {fillEnquiry, submit, submitValidEnquiry} from '../lib/booking-kit.mjs'
import {expectNoAxeViolations, open, publicPages, uniqueName} from '../lib/kit.mjs'

async function axeOn(ctx, label, {status = 200} = {}) {
  const target = label === '404' ? {path: '/no-such-page-e2e', feature: 'the 404 page'} : publicPages(ctx.snapshotDir).find((p) => p.label === label)
  for (const colorScheme of ['light', 'dark']) {
    const page = await ctx.newMobilePage({colorScheme})
    await open(page, ctx.baseUrl, target.path, {feature: target.feature, status})
    await expectNoAxeViolations(page, `${label} ${target.path} (${colorScheme})`)
  }
}

export const home = (ctx) => axeOn(ctx, 'home')
export const blogIndex = (ctx) => axeOn(ctx, 'blog index')
export const article = (ctx) => axeOn(ctx, 'article')
export const category = (ctx) => axeOn(ctx, 'category')
export const treatmentIndex = (ctx) => axeOn(ctx, 'treatment index')
export const treatment = (ctx) => axeOn(ctx, 'treatment')
export const person = (ctx) => axeOn(ctx, 'person')
export const clinic = (ctx) => axeOn(ctx, 'clinic')
export const privacy = (ctx) => axeOn(ctx, 'privacy')
export const bookingForm = (ctx) => axeOn(ctx, 'book')
export const notFound = (ctx) => axeOn(ctx, '404', {status: 404})

export async function confirmation(ctx) {
  for (const colorScheme of ['light', 'dark']) {
    const page = await ctx.newMobilePage({colorScheme})
    const book = publicPages(ctx.snapshotDir).find((p) => p.label === 'book')
    await open(page, ctx.baseUrl, book.path, {feature: book.feature})
    await submitValidEnquiry(page, {fullName: uniqueName('Axe')})
    await expectNoAxeViolations(page, `confirmation ${new URL(page.url()).pathname} (${colorScheme})`)
  }
}

export async function bookingFormWithErrorsShown(ctx) {
  const book = publicPages(ctx.snapshotDir).find((p) => p.label === 'book')
  for (const javaScriptEnabled of [true, false]) {
    const page = await ctx.newMobilePage({javaScriptEnabled})
    await open(page, ctx.baseUrl, book.path, {feature: book.feature})
    await fillEnquiry(page, {phone: '12'})
    await submit(page)
    await page.locator('[aria-invalid="true"]').first().waitFor()
    await expectNoAxeViolations(page, `book with errors (${javaScriptEnabled ? 'JS' : 'no JS'})`)
  }
}
