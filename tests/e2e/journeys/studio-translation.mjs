// An editor translates a post into Chinese in the real Studio (Chromium, 1280x800) against the
// local Content Lake: from the English post, the translation plugin's "Translations" menu makes a
// zh-Hans draft linked to it by translation metadata, without the original's medical review; the
// editor writes a Chinese title and body, sees the Chinese compliance rules flag 保证 as they
// type and the finding go once the sentence is reworded, sets the reviewer and the review date,
// and publishes. The lake then holds the published translation and metadata linking both.
import path from 'node:path'
import {assert} from '../lib/kit.mjs'
import {
  blockTexts,
  expectNoCrashScreen,
  expectSavesResolve,
  fillDate,
  fillText,
  mutateLake,
  openDocumentInStudio,
  pickReference,
  publish,
  queryLake,
  richText,
  showAllFields,
  unexpectedStudioErrors,
  waitUntil,
  watchSaving,
} from '../lib/studio-kit.mjs'

// A post with no translation and no acknowledged warnings, that no other Studio journey edits.
const SOURCE_ID = 'post.salicylic-acid-vs-glycolic-acid'
const TITLE = '水杨酸还是甘醇酸？哪种去角质成分适合你的皮肤'
const EXCERPT = '两种常见的去角质酸作用不同：水杨酸溶于油，能进入毛孔；甘醇酸主要在皮肤表面起作用。'
const PROMISE = '水杨酸能进入毛孔，帮助清理油脂。用了保证毛孔变小。'
const REWORDED = '水杨酸能进入毛孔，帮助清理油脂。毛孔看起来会不会小一些，因人而异。'
const REVIEWED_ON = '2026-12-05'

const METADATA_QUERY = '*[_type == "translation.metadata" && references($id)]{_id, schemaTypes, translations}'

// The body's top-level blocks as the editor renders them (Slate elements: text blocks, lists and
// block objects alike), and whether the selection runs from the first of them to the last.
function bodyBlocks(editable) {
  return editable.evaluate((root) => {
    const blocks = [...root.querySelectorAll('[data-slate-node="element"]')].filter((el) => !el.parentElement.closest('[data-slate-node="element"]'))
    const selection = getSelection()
    const range = selection?.rangeCount ? selection.getRangeAt(0) : null
    return {
      count: blocks.length,
      text: root.innerText.trim(),
      selectsAll: Boolean(range && blocks.length && range.intersectsNode(blocks[0]) && range.intersectsNode(blocks.at(-1)) && !selection.isCollapsed),
    }
  })
}

/**
 * Replaces the whole rich-text body with one paragraph, as an editor does: select all, check that
 * everything is highlighted, delete, type. Done when the draft in the lake holds just that
 * paragraph (the copied body has lists and ends in block objects).
 */
async function replaceBody(page, lake, id, text) {
  const editable = richText(page, 'body')
  await waitUntil(
    async () => {
      const before = await bodyBlocks(editable)
      if (before.count <= 1 && before.text === '') return true
      // Select all acts on the editor only once it has the focus, and a block object or a list can
      // take the click; Backspace is pressed only over a selection that spans the whole body, so a
      // missed select-all never eats into the copy.
      await editable.focus()
      await page.keyboard.press('ControlOrMeta+a')
      if (!(await bodyBlocks(editable)).selectsAll) return false
      await page.keyboard.press('Backspace')
      const after = await bodyBlocks(editable)
      return after.count <= 1 && after.text === ''
    },
    {intervalMs: 500, what: 'select all and delete to empty the body'},
  ).catch(async (error) => {
    throw new Error(`${error.message}; the body then: ${JSON.stringify(await bodyBlocks(editable))}`)
  })
  await page.keyboard.type(text, {delay: 5})
  let body
  await waitUntil(
    async () => {
      body = blockTexts(await queryLake(lake, '*[_id == $id][0].body', {id: `drafts.${id}`}))
      return body.length === 1 && body[0] === text
    },
    {what: 'the draft body to hold only the typed Chinese text'},
  ).catch((error) => {
    throw new Error(`${error.message}; the draft body holds ${JSON.stringify(body).slice(0, 600)}`)
  })
}

const guaranteeMessage = (page) => page.getByText(/"保证" promises a certain or lasting outcome/)
// A finding inside the body marks its block (data-error) and names itself in the block's tooltip.
const blockWithError = (page) => page.locator('[data-testid="field-body"] [data-testid="text-block__text"][data-error]')

export async function editorTranslatesAPostIntoChineseAndPublishesIt({baseUrl, lake, artifactsDir, newDesktopPage, pageErrors}) {
  const original = await queryLake(lake, '*[_id == $id][0]', {id: SOURCE_ID})
  assert.ok(original, `the lake has no ${SOURCE_ID}`)
  assert.equal(original.language, 'en', `${SOURCE_ID} is not marked English in the lake`)
  assert.deepEqual(await queryLake(lake, METADATA_QUERY, {id: SOURCE_ID}), [], `${SOURCE_ID} already has translation metadata`)

  const page = await newDesktopPage({viewport: {width: 1280, height: 800}, mobile: false})
  page.setDefaultTimeout(30_000)
  await watchSaving(page.context())
  let translationId
  let metadataId
  let failure
  try {
    await openDocumentInStudio(page, {baseUrl, token: lake.token, id: SOURCE_ID, type: 'post'})
    // The plugin's menu in the document header: the languages, with "create" for the missing one.
    await page.getByRole('button', {name: 'Translations', exact: true}).click()
    await page.getByRole('button', {name: /简体中文/}).click()
    await page.getByText('Created "简体中文" translation').first().waitFor()

    const [metadata] = await waitUntil(
      async () => {
        const found = await queryLake(lake, METADATA_QUERY, {id: SOURCE_ID})
        return found.length && found[0].translations?.some((t) => t._key === 'zh-Hans') && found
      },
      {what: 'translation metadata linking the post to a zh-Hans version'},
    )
    metadataId = metadata._id
    translationId = metadata.translations.find((t) => t._key === 'zh-Hans').value._ref
    const draft = await queryLake(lake, '*[_id == $id][0]', {id: `drafts.${translationId}`})
    assert.equal(draft?.language, 'zh-Hans', 'the new translation is not marked zh-Hans')
    assert.equal(draft.slug?.current, original.slug.current, 'the translation does not keep the English address')
    // Its own review: the plugin did not copy the original's reviewer, date or change note.
    assert.deepEqual(
      [draft.medicalReviewer, draft.lastReviewedAt, draft.changeNote, draft.complianceAcknowledgements],
      [undefined, undefined, undefined, undefined],
      "the translation copied the original's medical review",
    )

    // The editor opens the translation (the menu opens it beside the original; here on its own).
    const {title} = await openDocumentInStudio(page, {baseUrl, token: lake.token, id: translationId, type: 'post'})
    await showAllFields(page)
    await title.fill(TITLE)
    await fillText(page, 'excerpt', EXCERPT)

    // A promise in Chinese: the guarantee rule flags it as the editor types.
    await replaceBody(page, lake, translationId, PROMISE)
    await waitUntil(
      async () => {
        if ((await blockWithError(page).count()) === 0) return false
        await blockWithError(page).first().hover()
        await guaranteeMessage(page).first().waitFor({timeout: 2000}).catch(() => {})
        return (await guaranteeMessage(page).count()) > 0
      },
      {what: 'the body block to be marked with the Chinese guarantee finding ("保证")'},
    )
    await page.mouse.move(0, 0)
    // Reworded: the finding goes.
    await replaceBody(page, lake, translationId, REWORDED)
    await waitUntil(async () => (await blockWithError(page).count()) === 0, {what: 'the guarantee finding to go once the sentence is reworded'})

    await pickReference(page, 'medicalReviewer', 'Tan')
    await fillDate(page, 'lastReviewedAt', REVIEWED_ON)
    await publish(page)
    await expectSavesResolve(page)

    const published = await waitUntil(async () => queryLake(lake, '*[_id == $id][0]', {id: translationId}), {timeoutMs: 10_000, what: 'the translation to be published'})
    assert.equal(published.language, 'zh-Hans')
    assert.equal(published.title, TITLE)
    assert.equal(published.excerpt, EXCERPT)
    assert.deepEqual(
      published.body.map((b) => (b.children ?? []).map((c) => c.text).join('')),
      [REWORDED],
      'the published body is not the reworded Chinese text',
    )
    assert.ok(published.medicalReviewer?._ref, 'the translation has no medical reviewer')
    assert.equal(published.lastReviewedAt, REVIEWED_ON)
    assert.equal(await queryLake(lake, '*[_id == $id][0]._id', {id: `drafts.${translationId}`}), null, 'a draft of the translation is left after Publish')

    const [linked] = await queryLake(lake, METADATA_QUERY, {id: SOURCE_ID})
    assert.deepEqual(linked.schemaTypes, ['post'])
    assert.deepEqual(
      linked.translations.map((t) => [t._key, t.value._ref]).sort(),
      [
        ['en', SOURCE_ID],
        ['zh-Hans', translationId],
      ],
      'the metadata does not link the original and its translation',
    )
    // The original is untouched: still English, with its own review.
    const after = await queryLake(lake, '*[_id == $id][0]{language, title, medicalReviewer, lastReviewedAt}', {id: SOURCE_ID})
    assert.deepEqual(after, {language: 'en', title: original.title, medicalReviewer: original.medicalReviewer, lastReviewedAt: original.lastReviewedAt})

    await expectNoCrashScreen(page)
    const errors = unexpectedStudioErrors(pageErrors(page))
    assert.deepEqual(errors, [], `errors in the Studio:\n${errors.join('\n')}`)
  } catch (error) {
    failure = error
    // The form as it was when the step failed, before the clean-up below deletes the translation.
    await page.screenshot({path: path.join(artifactsDir, 'studio-translation-at-failure.png')}).catch(() => {})
  }
  // Later journeys and runs see the snapshot: no translation of this post.
  try {
    const ids = [translationId, translationId && `drafts.${translationId}`, metadataId].filter(Boolean)
    if (ids.length) await mutateLake(lake, ids.map((id) => ({delete: {id}})))
  } catch (error) {
    failure ??= error
  }
  if (failure) throw failure
}

// The Studio's first load twice, the plugin's round trips and validation on a busy machine.
editorTranslatesAPostIntoChineseAndPublishesIt.timeoutMs = 240_000
