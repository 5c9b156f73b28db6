// The patient's whole path, from the home page to a stored enquiry, with and without JavaScript;
// bad input shows the right errors and stores nothing.
import {bookingForm, enquiryRows, fillEnquiry, findEnquiry, submit, submitValidEnquiry} from '../lib/booking-kit.mjs'
import {assert, open, poreGuide, readSnapshot, uniqueName} from '../lib/kit.mjs'

async function patientJourney({baseUrl, snapshotDir, env, newMobilePage, pageErrors}, javaScriptEnabled) {
  const snap = readSnapshot(snapshotDir)
  const slug = snap.slug(poreGuide(snap))
  const page = await newMobilePage({javaScriptEnabled})
  await open(page, baseUrl, '/', {feature: 'the home page'})
  await page.locator(`main a[href="/blog/${slug}"]`).first().click()
  await page.waitForURL(`**/blog/${slug}`)

  const details = page.getByRole('heading', {name: /treatment details/i}).first()
  assert.ok(await details.count(), 'the guide has no "Treatment details" section')
  const treatmentLink = details.locator('xpath=following::a[starts-with(@href, "/treatments/")][1]')
  const treatmentSlug = (await treatmentLink.getAttribute('href')).split('/').pop()
  await treatmentLink.click()
  await page.waitForURL(`**/treatments/${treatmentSlug}`)

  await page.locator('#main').getByRole('link', {name: /book a consultation/i}).first().click()
  await page.waitForURL((url) => url.pathname === '/book')
  const form = bookingForm(page)
  await form.waitFor()
  assert.equal(await form.locator('[name="treatment"]').inputValue(), treatmentSlug, 'the treatment chosen on its page arrives preselected (WCAG 3.3.7)')

  const fullName = uniqueName(javaScriptEnabled ? 'Js' : 'NoJs')
  const posts = recordPosts(page)
  await submitValidEnquiry(page, {fullName, phone: '9123 4567'})
  if (!javaScriptEnabled) {
    // The plain form POST goes to the route handler, which answers 303 to the confirmation.
    assert.deepEqual(posts, ['/book/submit 303'], 'the no-JavaScript form POST went somewhere else')
  }
  const heading = (await page.getByRole('heading', {level: 1}).innerText()).trim()
  assert.match(heading, /thank you|received|we have your enquiry/i, `confirmation h1 is "${heading}"`)
  assert.equal(await page.locator('main').count(), 1, 'the confirmation page has more than one <main> (layout and page each adding one?)')
  const text = await page.locator('body').innerText()
  assert.match(text, /what happens next/i, 'the confirmation says what happens next')
  const row = findEnquiry(env, fullName)
  assert.equal(row.treatment_slug, treatmentSlug, 'stored with the preselected treatment')
  assert.equal(row.phone, '+6591234567', 'phone stored as E.164')
  assert.ok(text.includes(row.public_ref), `the confirmation shows the reference ${row.public_ref}`)
  if (javaScriptEnabled) assert.deepEqual(pageErrors(page), [], `errors in the page:\n${pageErrors(page).join('\n')}`)
}

export const patientJourneyWithJavaScript = (ctx) => patientJourney(ctx, true)
export const patientJourneyWithoutJavaScript = (ctx) => patientJourney(ctx, false)

/** "path status" of each POST the page sends, in order. */
function recordPosts(page) {
  const posts = []
  page.on('response', (response) => {
    if (response.request().method() === 'POST') posts.push(`${new URL(response.url()).pathname} ${response.status()}`)
  })
  return posts
}

async function badInput({baseUrl, env, newMobilePage}, javaScriptEnabled) {
  const before = enquiryRows(env).length
  const page = await newMobilePage({javaScriptEnabled})
  await open(page, baseUrl, '/book?treatment=chemical-peel', {feature: 'the booking form'})
  // Values a browser accepts (so the server's validation answers) but the schema refuses.
  const fullName = 'Siti 12345'
  await fillEnquiry(page, {fullName, phone: '12'})
  const posts = recordPosts(page)
  await submit(page)
  const form = bookingForm(page)
  await form.locator('[name="phone"][aria-invalid="true"]').waitFor()
  if (!javaScriptEnabled) {
    // The route cannot store it and sends the same body on with 307 to the page's server action,
    // which renders the errors.
    assert.deepEqual(posts, ['/book/submit 307', '/book 200'], 'the rejected no-JavaScript POST took another path')
  }

  const errorFor = async (name) => {
    const field = form.locator(`[name="${name}"]`)
    assert.equal(await field.getAttribute('aria-invalid'), 'true', `${name} is not marked aria-invalid`)
    const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean)
    const texts = await Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText().catch(() => '')))
    return texts.join(' ')
  }
  assert.match(await errorFor('phone'), /valid phone number/i, 'the phone error says what a valid number looks like')
  assert.match(await errorFor('fullName'), /letters/i, 'the name error explains what a name may contain')
  assert.equal(await form.locator('[name="email"]').getAttribute('aria-invalid'), null, 'a valid email is not marked invalid')
  // Typed values are kept, so nobody has to type them again.
  assert.equal(await form.locator('[name="email"]').inputValue(), 'siti.e2e@example.com')
  assert.equal(await form.locator('[name="phone"]').inputValue(), '12')
  assert.equal(await form.locator('[name="treatment"]').inputValue(), 'chemical-peel')
  if (javaScriptEnabled) {
    const focus = await page.evaluate(() => {
      const first = document.querySelector('form [aria-invalid="true"]')
      const active = document.activeElement
      return {ok: active === first, active: active?.getAttribute('name') ?? active?.id ?? active?.tagName, first: first?.getAttribute('name')}
    })
    assert.ok(focus.ok, `focus is on "${focus.active}", not on the first field in error ("${focus.first}")`)
  }
  assert.equal(new URL(page.url()).pathname, '/book', 'no confirmation for invalid input')
  assert.equal(enquiryRows(env).length, before, 'invalid input stored an enquiry')
}

export const badInputShowsErrorsAndStoresNothingWithJavaScript = (ctx) => badInput(ctx, true)
export const badInputShowsErrorsAndStoresNothingWithoutJavaScript = (ctx) => badInput(ctx, false)

export async function unknownTreatmentPreselectsNothing({baseUrl, newMobilePage}) {
  const page = await newMobilePage({javaScriptEnabled: false})
  await open(page, baseUrl, '/book?treatment=no-such-treatment-e2e', {feature: 'the booking form'})
  assert.equal(await bookingForm(page).locator('[name="treatment"]').inputValue(), '', 'an unknown treatment is not preselected')
}

export async function doubleSubmitStoresOneEnquiry({baseUrl, env, newMobilePage}) {
  const page = await newMobilePage()
  await open(page, baseUrl, '/book', {feature: 'the booking form'})
  const fullName = uniqueName('Twice')
  await fillEnquiry(page, {fullName})
  const button = bookingForm(page).locator('button[type="submit"], button:not([type])').last()
  await button.dblclick()
  await page.waitForURL(/\/book\/thanks/, {timeout: 20_000})
  const rows = enquiryRows(env).filter((r) => r.full_name === fullName)
  assert.equal(rows.length, 1, `a double submit stored ${rows.length} enquiries`)
}
