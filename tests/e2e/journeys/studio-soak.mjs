// Two editors in two browser contexts work in the real Studio against the local Content Lake for
// a few minutes: each writes a new post (with an image upload and references), then both work on
// the same post at once, with rich-text typing and deleting, lists, bold and italic, a link,
// undo/redo, duplicate, discard, publish, unpublish and delete. The edits are scripted from a
// fixed seed, so every run types the same thing. Along the way no crash screen, none of the named
// console errors, and no "Saving..." longer than 5 s after the last input (in the shared post,
// either editor's); at the end the published posts in the lake hold exactly what the editors typed.
// Each save's time is split into its phases in the page (studio-save-timing.mjs) and printed.
import path from 'node:path'
import {assert} from '../lib/kit.mjs'
import {
  blockTexts,
  EDITOR_INPUT_EVENTS,
  createDocument,
  deleteFromLake,
  expectNoCrashScreen,
  expectSavesResolve,
  field,
  fillNewPost,
  NAMED_STUDIO_ERRORS,
  publish,
  publishButton,
  queryLake,
  richText,
  richTextBlocks,
  runDocumentAction,
  savingFigures,
  toolbarButton,
  unexpectedStudioErrors,
  waitUntil,
  watchSaving,
  writeTestPng,
} from '../lib/studio-kit.mjs'
import {describePhases, savePhases, watchSaveTiming, writePhases} from '../lib/studio-save-timing.mjs'

const SEED = 20261206
const ROUNDS_APART = 10
const ROUNDS_TOGETHER = 10
const SAVE_LIMIT_MS = 5000
const LINK = 'https://www.healthhub.sg/'
const WORDS = ['skin', 'gentle', 'cleanser', 'sunscreen', 'daily', 'barrier', 'moisturiser', 'water', 'evening', 'morning', 'pores', 'texture', 'calm', 'redness', 'patch', 'test', 'doctor', 'review', 'layer', 'thin', 'wait', 'minutes', 'rinse', 'pat', 'dry']

/** mulberry32: a small seeded generator, so the script of edits is the same in every run. */
function seeded(seed) {
  let a = seed >>> 0
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n) => Math.floor(next() * n)
  const pick = (list) => list[int(list.length)]
  const words = (n) => Array.from({length: n}, () => pick(WORDS)).join(' ')
  return {next, int, pick, words}
}

const normalise = (s) => s.replace(/\s+/g, ' ').trim()

/**
 * One editor: a page in its own browser context, and the model of what it has typed into the
 * body it is working on (block text and list state), against which the Studio and the lake are
 * checked.
 */
function makeEditor(name, page, rng) {
  return {name, page, rng, edits: 0, blocks: [], marks: {strong: 0, em: 0}, links: 0}
}

const shownBlocks = async (page) => (await richTextBlocks(page, 'body')).map(normalise)
const modelBlocks = (editor) => editor.blocks.map((b) => normalise(b.text))

async function bodyMatchesModel(editor) {
  return JSON.stringify(await shownBlocks(editor.page)) === JSON.stringify(modelBlocks(editor))
}

async function expectBodyMatches(editor, what) {
  await waitUntil(() => bodyMatchesModel(editor), {
    timeoutMs: 10_000,
    what: `${editor.name}'s body to show what was typed after ${what}`,
  }).catch(async (e) => {
    throw new Error(`${e.message}\nexpected ${JSON.stringify(modelBlocks(editor)).slice(-400)}\nshown    ${JSON.stringify(await shownBlocks(editor.page)).slice(-400)}`)
  })
}

// The caret goes to the end of the last line by a click there, then Control+End. A click in the
// middle of the editor (Playwright's default point) lands inside some word, and the rich-text
// editor applies a click's caret a little later than the browser does: on a busy machine the keys
// typed right after went to the click's point, not to the end (seen as "texturepatch thin",
// which the Studio sent to the lake as typed there).
async function toEnd(editor) {
  const last = richText(editor.page, 'body').locator('[data-testid="text-block__text"]').last()
  const box = await last.boundingBox()
  await last.click({position: box ? {x: Math.max(1, box.width - 2), y: Math.max(1, box.height - 4)} : undefined})
  await editor.page.keyboard.press('Control+End')
}

async function toggleBullets(page) {
  await toolbarButton(page, 'body', 'bullet').click()
}

// The rich-text edits, each applied to the Studio and to the model.
const OPERATIONS = {
  async paragraph(editor) {
    const text = `${editor.rng.words(3 + editor.rng.int(4))}.`
    await toEnd(editor)
    await editor.page.keyboard.press('Enter')
    // A new block continues the list of the block before it.
    if (editor.blocks.at(-1)?.list) await toggleBullets(editor.page)
    await editor.page.keyboard.type(text, {delay: 8})
    editor.blocks.push({text, list: false})
  },
  async append(editor) {
    const text = ` ${editor.rng.words(2 + editor.rng.int(3))}`
    await toEnd(editor)
    await editor.page.keyboard.type(text, {delay: 8})
    editor.blocks.at(-1).text += text
  },
  async erase(editor) {
    const last = editor.blocks.at(-1)
    const n = Math.min(last.text.length - 1, 1 + editor.rng.int(8))
    if (n <= 0) return OPERATIONS.append(editor)
    await toEnd(editor)
    for (let i = 0; i < n; i++) await editor.page.keyboard.press('Backspace')
    last.text = last.text.slice(0, -n)
  },
  async bullet(editor) {
    const text = editor.rng.words(2 + editor.rng.int(3))
    await toEnd(editor)
    await editor.page.keyboard.press('Enter')
    if (!editor.blocks.at(-1)?.list) await toggleBullets(editor.page)
    await editor.page.keyboard.type(text, {delay: 8})
    editor.blocks.push({text, list: true})
  },
  async bold(editor) {
    await marked(editor, 'Control+B', 'strong')
  },
  async italic(editor) {
    await marked(editor, 'Control+I', 'em')
  },
  async link(editor) {
    const word = editor.rng.pick(WORDS)
    await toEnd(editor)
    await editor.page.keyboard.type(` ${word}`, {delay: 8})
    editor.blocks.at(-1).text += ` ${word}`
    await expectBodyMatches(editor, 'the word to link')
    for (let i = 0; i < word.length; i++) await editor.page.keyboard.press('Shift+ArrowLeft')
    const button = toolbarButton(editor.page, 'body', 'link')
    // The toolbar enables links once the editor has taken the selection.
    await waitUntil(async () => !(await button.isDisabled()), {timeoutMs: 5000, what: `${editor.name}'s link button to be enabled for "${word}"`})
    await button.click()
    const dialog = editor.page.locator('[data-testid="popover-edit-dialog"]')
    await dialog.waitFor()
    await dialog.locator('input[type="url"]').first().fill(LINK)
    // Reviewed: an unreviewed outbound link is a compliance finding.
    const reviewed = dialog.locator('input[type="checkbox"]').first()
    await reviewed.click()
    await waitUntil(() => reviewed.isChecked(), {what: 'the link to be marked as reviewed'})
    await dialog.locator('[data-testid="close-popover-edit-dialog-button"]').click()
    await dialog.waitFor({state: 'detached'})
    editor.links += 1
  },
  async undoRedo(editor) {
    const text = ` ${editor.rng.words(2)}`
    await toEnd(editor)
    await editor.page.keyboard.type(text, {delay: 8})
    editor.blocks.at(-1).text += text
    await expectBodyMatches(editor, 'typing before undo')
    const before = JSON.stringify(await shownBlocks(editor.page))
    await editor.page.keyboard.press('Control+Z')
    await waitUntil(async () => JSON.stringify(await shownBlocks(editor.page)) !== before, {timeoutMs: 5000, what: `${editor.name}'s undo to change the body`})
    await editor.page.keyboard.press('Control+Shift+Z')
  },
}

async function marked(editor, shortcut, mark) {
  const text = ` ${editor.rng.words(1 + editor.rng.int(2))}`
  await toEnd(editor)
  await editor.page.keyboard.press(shortcut)
  await editor.page.keyboard.type(text, {delay: 8})
  await editor.page.keyboard.press(shortcut)
  editor.blocks.at(-1).text += text
  editor.marks[mark] += 1
}

// Weighted: mostly typing and deleting, the rest now and then.
const PLAN = ['paragraph', 'append', 'append', 'erase', 'erase', 'bullet', 'bold', 'italic', 'undoRedo', 'paragraph', 'append']

async function healthy(editor, ctx) {
  await expectNoCrashScreen(editor.page, editor.name)
  const named = ctx.pageErrors(editor.page).filter((e) => NAMED_STUDIO_ERRORS.test(e))
  assert.deepEqual(named, [], `${editor.name}'s console:\n${named.join('\n')}`)
}

async function edit(editor, ctx, operation) {
  await OPERATIONS[operation](editor)
  editor.edits += 1
  await expectBodyMatches(editor, operation)
  await healthy(editor, ctx)
}

async function editExcerpt(editor, ctx, model) {
  const input = field(editor.page, 'excerpt').locator('textarea').first()
  await input.click()
  await editor.page.keyboard.press('Control+End')
  if (editor.rng.next() < 0.35 && model.text.length > 20) {
    const n = 1 + editor.rng.int(5)
    for (let i = 0; i < n; i++) await editor.page.keyboard.press('Backspace')
    model.text = model.text.slice(0, -n)
  } else {
    const text = ` ${editor.rng.words(1 + editor.rng.int(3))}`
    await editor.page.keyboard.type(text, {delay: 8})
    model.text += text
  }
  editor.edits += 1
  await waitUntil(async () => (await input.inputValue()) === model.text, {timeoutMs: 10_000, what: `${editor.name}'s excerpt to show what was typed`})
  await healthy(editor, ctx)
}

async function bothSaved(editors) {
  try {
    await Promise.all(editors.map((e) => expectSavesResolve(e.page, {limitMs: SAVE_LIMIT_MS, who: e.name})))
  } catch (e) {
    // Where the slow save's time went, measured in the page.
    const phases = await Promise.all(editors.map(async (x) => `${x.name}:\n${describePhases(await savePhases(x.page).catch(() => []))}`))
    throw new Error(`${e.message}\n${phases.join('\n')}`)
  }
}

/**
 * Opens a Studio path in the page already running, as the Studio's own links do (history and
 * popstate, which its router follows), not by loading the page again: a full reload is not what an
 * editor does between documents, costs a whole Studio start on a busy machine, and its unload races
 * the Studio's own presence socket (it sends "disconnect" on a socket its beforeunload already
 * closed: "WebSocket is already in CLOSING or CLOSED state").
 */
async function goInStudio(page, studioPath) {
  await page.evaluate((to) => {
    window.history.pushState(null, '', to)
    window.dispatchEvent(new PopStateEvent('popstate', {state: null}))
  }, studioPath)
}

async function newPost(editor, ctx, {title, seed, category, author, reviewer}) {
  const id = await createDocument(editor.page, {baseUrl: ctx.baseUrl, token: ctx.lake.token, type: 'post', firstField: 'title'})
  const body = `${editor.rng.words(5)}.`
  await fillNewPost(editor.page, {
    title,
    excerpt: `${editor.rng.words(6)}.`,
    coverFile: await writeTestPng(path.join(ctx.artifactsDir, `soak-${seed}.png`), {seed}),
    alt: `A cover image for ${title}`,
    body,
    category,
    author,
    reviewer,
  })
  editor.blocks = [{text: body, list: false}]
  editor.edits += 9
  await expectBodyMatches(editor, 'filling the new post')
  return id
}

async function published(ctx, id) {
  return queryLake(ctx.lake, '*[_id == $id][0]', {id})
}

function expectPostMatches(doc, editor, {title, excerpt}) {
  assert.ok(doc, `${editor.name}'s post is not published in the lake`)
  assert.equal(doc.title, title, `${editor.name}'s published title`)
  if (excerpt !== undefined) assert.equal(normalise(doc.excerpt), normalise(excerpt), `${editor.name}'s published excerpt`)
  const texts = blockTexts(doc.body).map(normalise)
  assert.deepEqual(texts, editor.blocks.map((b) => normalise(b.text)), `${editor.name}'s published body text`)
  assert.deepEqual(
    doc.body.map((b) => b.listItem === 'bullet'),
    editor.blocks.map((b) => b.list),
    `${editor.name}'s published list items`,
  )
  const spans = doc.body.flatMap((b) => b.children ?? [])
  for (const mark of ['strong', 'em']) {
    const marked = spans.filter((s) => (s.marks ?? []).includes(mark)).length
    assert.ok(marked >= Math.min(editor.marks[mark], 1), `${editor.name}: ${editor.marks[mark]} ${mark} edits, ${marked} ${mark} spans published`)
  }
  const links = doc.body.flatMap((b) => (b.markDefs ?? []).filter((m) => m._type === 'link' && m.href === LINK))
  assert.equal(links.length, editor.links, `${editor.name}'s published links`)
}

/**
 * Two editors in one document: the Studio keeps "Saving..." in each one's footer until a second
 * after the document last changed, whoever changed it (every listener event restarts that
 * countdown). Editor A's wait is then A's own save plus B's typing still under way, so while they
 * share a document each one's input is relayed to the other's "Saving..." monitor, and a wait
 * counts from the later of the two editors' last inputs. The relay carries the time the input
 * happened; when it arrives late, the wait only looks longer, never shorter.
 */
async function relayInputsWhileSharing(editors) {
  const relay = {sharing: false}
  for (const editor of editors) {
    const others = editors.filter((e) => e !== editor)
    await editor.page.context().exposeBinding('__soakInput', async (_source, at) => {
      if (!relay.sharing) return
      for (const other of others) {
        await other.page
          .evaluate((t) => {
            const s = window.__studioSaving
            if (s) s.lastInput = Math.max(s.lastInput, t)
          }, at)
          .catch(() => {})
      }
    })
    await editor.page.context().addInitScript((inputEvents) => {
      // The last input's time, sent at most every 100 ms (and always the last one).
      let last = 0
      let timer = 0
      const send = () => {
        timer = 0
        window.__soakInput?.(last)
      }
      for (const type of inputEvents) {
        document.addEventListener(type, () => {
          last = Date.now()
          timer ||= setTimeout(send, 100)
        }, {capture: true})
      }
    }, EDITOR_INPUT_EVENTS)
  }
  return relay
}

export async function twoEditorsWorkForMinutesWithoutACrashAStuckSaveOrALostEdit(ctx) {
  const created = []
  try {
    await soak(ctx, created)
  } finally {
    // The journeys after this one count on the snapshot's posts (six to a /blog page:
    // studio-schedule looks for one on the first), so the two new posts go once checked.
    if (created.length) await deleteFromLake(ctx.lake, created.flatMap((id) => [id, `drafts.${id}`]))
  }
}
twoEditorsWorkForMinutesWithoutACrashAStuckSaveOrALostEdit.timeoutMs = 270_000

async function soak(ctx, created) {
  const started = Date.now()
  const rng = seeded(SEED)
  const open = async (name, seedOffset) => {
    const page = await ctx.newDesktopPage({viewport: {width: 1280, height: 800}, mobile: false})
    // Two Studios at once on a shared CI machine: an action may wait for the other page's work.
    page.setDefaultTimeout(30_000)
    await watchSaving(page.context())
    await watchSaveTiming(page.context())
    return makeEditor(name, page, seeded(SEED + seedOffset))
  }
  const a = await open('editor A', 1)
  const b = await open('editor B', 2)
  const editors = [a, b]
  const relay = await relayInputsWhileSharing(editors)
  const titleA = `Soak ${rng.int(1e6)}: a gentle routine for oily skin`
  const titleB = `Soak ${rng.int(1e6)}: sunscreen before make-up`

  // Apart: each writes a new post of their own, at the same time.
  const ids = await Promise.all([
    newPost(a, ctx, {title: titleA, seed: 40, category: 'Acne', author: 'Alex', reviewer: 'Tan'}),
    newPost(b, ctx, {title: titleB, seed: 90, category: 'Sun', author: 'Yoneda', reviewer: 'Lim'}),
  ])
  created.push(...ids)
  const [idA, idB] = ids
  for (let round = 0; round < ROUNDS_APART; round++) {
    await Promise.all(editors.map((e) => edit(e, ctx, PLAN[e.rng.int(PLAN.length)])))
    await bothSaved(editors)
  }
  await Promise.all(editors.map((e) => edit(e, ctx, 'link')))
  await bothSaved(editors)
  await Promise.all(editors.map((e) => publish(e.page)))
  await bothSaved(editors)
  expectPostMatches(await published(ctx, idA), a, {title: titleA})
  expectPostMatches(await published(ctx, idB), b, {title: titleB})

  // Together: B opens A's post; A writes in the body while B rewrites the excerpt.
  relay.sharing = true
  await goInStudio(b.page, `/studio/intent/edit/id=${idA};type=post`)
  const excerptInput = field(b.page, 'excerpt').locator('textarea').first()
  await excerptInput.waitFor({timeout: 60_000})
  const excerpt = {text: await excerptInput.inputValue()}
  for (let round = 0; round < ROUNDS_TOGETHER; round++) {
    await Promise.all([edit(a, ctx, PLAN[a.rng.int(PLAN.length)]), editExcerpt(b, ctx, excerpt)])
    await bothSaved(editors)
  }
  // Each sees the other's edits.
  await waitUntil(async () => (await field(a.page, 'excerpt').locator('textarea').first().inputValue()) === excerpt.text, {what: "editor A to see editor B's excerpt"})
  await waitUntil(async () => JSON.stringify(await shownBlocks(b.page)) === JSON.stringify(modelBlocks(a)), {what: "editor B to see editor A's body"})

  // B duplicates the shared post (and is then in the copy), then deletes the copy.
  relay.sharing = false
  await runDocumentAction(b.page, /^Duplicate/)
  const copyId = await waitUntil(() => {
    const m = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/.exec(decodeURIComponent(b.page.url()))
    return m && m[1] !== idA ? m[1] : undefined
  }, {what: 'the duplicate to open'})
  b.edits += 1
  await waitUntil(async () => (await queryLake(ctx.lake, 'count(*[_id in $ids])', {ids: [copyId, `drafts.${copyId}`]})) > 0, {what: 'the duplicate to reach the lake'})
  await runDocumentAction(b.page, /^Delete/)
  await b.page.getByRole('dialog').getByRole('button', {name: /delete/i}).last().click()
  await waitUntil(async () => (await queryLake(ctx.lake, 'count(*[_id in $ids])', {ids: [copyId, `drafts.${copyId}`]})) === 0, {what: 'the duplicate to be deleted'})
  b.edits += 1

  // A publishes the shared post with both editors' edits.
  await publish(a.page)
  a.edits += 1
  await bothSaved(editors)
  expectPostMatches(await published(ctx, idA), a, {title: titleA, excerpt: excerpt.text})

  // B changes the title of its own post and discards the change: the published title stays.
  await goInStudio(b.page, `/studio/intent/edit/id=${idB};type=post`)
  const titleInput = field(b.page, 'title').locator('input').first()
  await titleInput.waitFor({timeout: 60_000})
  await titleInput.fill(`${titleB} (not wanted)`)
  await waitUntil(async () => (await queryLake(ctx.lake, '*[_id == $id][0].title', {id: `drafts.${idB}`})) === `${titleB} (not wanted)`, {what: "B's unwanted title to reach the draft"})
  await runDocumentAction(b.page, /^Discard changes/)
  await b.page.getByRole('dialog').getByRole('button', {name: /discard/i}).last().click()
  await waitUntil(async () => (await titleInput.inputValue()) === titleB, {what: 'the discarded title to go back to the published one'})
  b.edits += 2
  await bothSaved(editors)

  // B unpublishes its post (it stays a draft), then publishes it again.
  await b.page.locator('[data-testid="document-header-Published-chip"]').click()
  await b.page.waitForURL(/perspective=published/)
  await footerAction(b.page, 'action-unpublish')
  await b.page.getByRole('dialog').getByRole('button', {name: /unpublish/i}).last().click()
  await waitUntil(async () => (await published(ctx, idB)) === null, {what: "B's post to be unpublished in the lake"})
  assert.ok(await queryLake(ctx.lake, '*[_id == $id][0]._id', {id: `drafts.${idB}`}), 'the unpublished post is not kept as a draft')
  await goInStudio(b.page, `/studio/intent/edit/id=${idB};type=post`)
  await publishButton(b.page).waitFor({timeout: 60_000})
  await publish(b.page)
  b.edits += 2
  await bothSaved(editors)

  const finalA = await published(ctx, idA)
  const finalB = await published(ctx, idB)
  expectPostMatches(finalA, a, {title: titleA, excerpt: excerpt.text})
  expectPostMatches(finalB, b, {title: titleB})
  assert.equal(await queryLake(ctx.lake, 'count(*[_id in $ids])', {ids: [`drafts.${idA}`, `drafts.${idB}`]}), 0, 'drafts are left after the last publish')

  const phases = await writePhases(path.join(ctx.artifactsDir, 'soak-save-phases.json'), Object.fromEntries(editors.map((e) => [e.name, e.page])))
  process.stdout.write(`${describePhases(phases).replace(/^/gm, '      soak saves, ')}\n`)
  const errors = editors.flatMap((e) => unexpectedStudioErrors(ctx.pageErrors(e.page)).map((x) => `${e.name}: ${x}`))
  const saves = await Promise.all(editors.map((e) => savingFigures(e.page)))
  const minutes = (Date.now() - started) / 60_000
  process.stdout.write(
    `      soak: ${minutes.toFixed(1)} min, ${editors.length} editors, ${a.edits + b.edits} edits (A ${a.edits}, B ${b.edits}), ` +
      `${saves.reduce((n, s) => n + s.count, 0)} saves (longest ${Math.max(...saves.map((s) => s.longest))} ms), ${errors.length} console errors, seed ${SEED}\n`,
  )
  assert.deepEqual(errors, [], `errors in the Studio:\n${errors.join('\n')}`)
}

async function footerAction(page, testid) {
  const button = page.locator(`[data-testid="pane-footer"] [data-testid="${testid}"]`)
  if ((await button.count()) === 0) {
    await page.locator('[data-testid="pane-footer"] [data-testid="action-menu-button"]').click()
    await page.getByRole('menuitem', {name: /^Unpublish/}).click()
    return
  }
  await button.click()
}
