import {checkDocument, fingerprint, type CheckableDocument} from '@/lib/compliance'
import {describeLocation} from '@/lib/compliance/paths'

const treatment: CheckableDocument = {
  _id: 'treatment-peel',
  _type: 'treatment',
  name: 'Chemical peel',
  summary: 'A solution of acids removes the outer layer of dead skin cells.',
  howPerformed: 'The doctor cleanses the skin and applies the solution for a few minutes.',
  whoItSuits: 'People with clogged pores or uneven texture.',
  preparation: 'Stop topical retinoids five days before.',
  downtime: '2 to 4 days of redness and flaking',
  risks: ['Redness', 'Painless in most cases', 'Pigment changes'],
  sessions: '3 to 6 sessions, about 4 weeks apart',
  aftercare: 'Use sunscreen every day.',
  faqs: [
    {_key: 'faq1', question: 'Does it hurt?', answer: 'Most people feel tingling. Results are instant.'},
  ],
  price: {amount: 180, unit: 'per session, from $150 for packages', includesGst: true},
  seo: {title: 'Chemical peel', description: 'The best peel in town.'},
}

test('treatment fields are read with their paths and offsets', () => {
  const findings = checkDocument(treatment)
  expect(findings.map((f) => [f.ruleId, f.path, f.start, f.end, f.match])).toEqual([
    ['unjustified-expectation', 'risks[1]', 0, 8, 'Painless'],
    ['unjustified-expectation', 'faqs[_key=="faq1"].answer', 39, 46, 'instant'],
    ['price-wording', 'price.unit', 13, 22, 'from $150'],
    ['superlative', 'seo.description', 4, 8, 'best'],
  ])
  expect(findings[1]?.pathSegments).toEqual(['faqs', {_key: 'faq1'}, 'answer'])
  expect(findings[1]?.field).toBe('Questions and answers (answer)')
})

test('Portable Text matches span bold text and report block key, span key and block offsets', () => {
  const doc: CheckableDocument = {
    _id: 'p1',
    _type: 'post',
    title: 'Pores',
    body: [
      {
        _type: 'block',
        _key: 'blk1',
        markDefs: [],
        children: [
          {_type: 'span', _key: 's1', text: 'We get the ', marks: []},
          {_type: 'span', _key: 's2', text: 'most', marks: ['strong']},
          {_type: 'span', _key: 's3', text: ' advanced results.', marks: []},
        ],
      },
    ],
  }
  const [finding] = checkDocument(doc)
  expect(finding).toMatchObject({
    ruleId: 'superlative',
    match: 'most advanced',
    path: 'body[_key=="blk1"]',
    blockKey: 'blk1',
    spanKey: 's2',
    start: 11,
    end: 24,
    sentence: 'We get the most advanced results.',
  })
  expect(finding?.fingerprint).toBe(
    fingerprint('superlative', 'body[_key=="blk1"]', 'We get the most advanced results.'),
  )
})

test('links, images, callouts and FAQ blocks inside the body are checked', () => {
  const doc: CheckableDocument = {
    _id: 'p2',
    _type: 'post',
    title: 'Pores',
    body: [
      {
        _type: 'block',
        _key: 'b1',
        markDefs: [
          {_type: 'link', _key: 'l1', href: 'https://brand.example.com/serum', reviewed: false},
          {_type: 'link', _key: 'l2', href: 'https://www.moh.gov.sg/', reviewed: true},
          {_type: 'link', _key: 'l3', href: 'mailto:hello@example.com'},
          {_type: 'link', _key: 'l4', href: '//cdn.example.com/leaflet.pdf'},
        ],
        children: [
          {_type: 'span', _key: 's1', text: 'See the ', marks: []},
          {_type: 'span', _key: 's2', text: 'serum page', marks: ['l1']},
          {_type: 'span', _key: 's3', text: ', the ', marks: []},
          {_type: 'span', _key: 's4', text: 'MOH', marks: ['l2']},
          {_type: 'span', _key: 's5', text: ' and ', marks: []},
          {_type: 'span', _key: 's6', text: 'email us', marks: ['l3']},
          {_type: 'span', _key: 's7', text: ' or read the leaflet', marks: ['l4']},
        ],
      },
      {
        _type: 'accessibleImage',
        _key: 'img',
        alt: 'Skin before and after laser',
        caption: 'Four weeks apart',
        depictsPatientResult: true,
      },
      {_type: 'callout', _key: 'c1', tone: 'note', title: 'What our patients say', text: 'Nothing here.'},
      {
        _type: 'faqBlock',
        _key: 'fq',
        items: [{_key: 'i1', question: 'Is it permanent?', answer: 'No, pores cannot be closed for good.'}],
      },
      {_type: 'treatmentCard', _key: 'tc', treatment: {_type: 'reference', _ref: 'treatment-peel'}},
    ],
  }
  const findings = checkDocument(doc)
  expect(findings.map((f) => [f.ruleId, f.severity, f.path, f.context])).toEqual([
    ['patient-result-wording', 'error', 'body[_key=="img"].alt', 'plain'],
    ['testimonial', 'error', 'body[_key=="c1"].title', 'plain'],
    ['guarantee', 'warning', 'body[_key=="fq"].items[_key=="i1"].question', 'question'],
    ['guarantee', 'warning', 'body[_key=="fq"].items[_key=="i1"].answer', 'negated'],
    ['patient-result-image', 'error', 'body[_key=="img"].depictsPatientResult', 'plain'],
    ['unreviewed-link', 'warning', 'body[_key=="b1"].markDefs[_key=="l1"]', 'plain'],
    ['unreviewed-link', 'warning', 'body[_key=="b1"].markDefs[_key=="l4"]', 'plain'],
  ])
  const link = findings.find((f) => f.ruleId === 'unreviewed-link')
  expect(link).toMatchObject({match: 'serum page', start: 8, end: 18, blockKey: 'b1'})
  // Editors read where each finding is in their own words, never as a schema path.
  expect(findings.map((f) => describeLocation(doc, f))).toEqual([
    'Body, image 1, alternative text',
    'Body, callout 1, heading',
    'Body, questions block 1, question 1, question',
    'Body, questions block 1, question 1, answer',
    'Body, image 1',
    'Body, paragraph 1, link “serum page”',
    'Body, paragraph 1, link “or read the leaflet”',
  ])
})

test('paragraphs, headings and list items are counted as an editor counts them', () => {
  const block = (key: string, text: string, extra: Record<string, unknown> = {}) => ({
    _type: 'block',
    _key: key,
    style: 'normal',
    markDefs: [],
    children: [{_type: 'span', _key: `${key}s`, text, marks: []}],
    ...extra,
  })
  const doc: CheckableDocument = {
    _id: 'p3',
    _type: 'post',
    title: 'Pores',
    body: [
      block('h', 'What to expect', {style: 'h2'}),
      block('p1', 'A first paragraph.'),
      block('li', 'A list item.', {listItem: 'bullet', level: 1}),
      block('p2', 'A second paragraph.'),
      block('p3', 'We are the best clinic.'),
    ],
  }
  const [finding] = checkDocument(doc)
  expect(describeLocation(doc, finding!)).toBe('Body, paragraph 3')
  expect(describeLocation(treatment, checkDocument(treatment)[0]!)).toBe('Risks and side effects, line 2')
  expect(describeLocation(treatment, checkDocument(treatment)[1]!)).toBe('Questions and answers, question 1, answer')
  expect(describeLocation(treatment, checkDocument(treatment)[3]!)).toBe('Search description')
})

test('person and clinic settings are checked too', () => {
  const person: CheckableDocument = {
    _id: 'person-1',
    _type: 'person',
    name: 'Dr Lim',
    role: 'Aesthetic doctor',
    bio: [],
  }
  expect(checkDocument(person).map((f) => [f.ruleId, f.path])).toEqual([['specialty-title', 'role']])
})

test('a whole snapshot-sized batch checks quickly', () => {
  const docs = Array.from({length: 200}, (_, i) => ({...treatment, _id: `t${i}`}))
  const started = performance.now()
  for (const doc of docs) checkDocument(doc)
  // Generous bound: a regression to per-call regex compilation or quadratic scanning shows here.
  expect(performance.now() - started).toBeLessThan(2000)
})
