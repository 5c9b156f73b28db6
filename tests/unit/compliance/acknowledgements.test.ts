import {
  acknowledgementFor,
  checkDocument,
  checkDocumentDetailed,
  findAll,
  type CheckableDocument,
} from '@/lib/compliance'
import {block, postWithBody} from './helpers'

const REASON = 'States truthfully that pores cannot be closed permanently.'

function poreGuide(sentence: string, acknowledgements: unknown[] = []): CheckableDocument {
  return {...postWithBody({...block(sentence), _key: 'truth'}), complianceAcknowledgements: acknowledgements}
}

describe('acknowledging warnings', () => {
  const sentence = 'Pores cannot be closed permanently, but they can look smaller.'

  test('an acknowledged warning disappears', () => {
    const [warning] = checkDocument(poreGuide(sentence))
    expect(warning).toMatchObject({
      ruleId: 'guarantee',
      severity: 'warning',
      context: 'negated',
      path: 'body[_key=="truth"]',
    })
    const ack = acknowledgementFor(warning!, REASON, 'editor@example.com')
    const doc = poreGuide(sentence, [{_key: 'a1', ...ack}])
    expect(checkDocument(doc)).toEqual([])
    const detailed = checkDocumentDetailed(doc)
    expect(detailed.acknowledged).toHaveLength(1)
    expect(detailed.stale).toEqual([])
  })

  test('the warning comes back when the sentence changes, and the old acknowledgement is stale', () => {
    const [warning] = checkDocument(poreGuide(sentence))
    const ack = acknowledgementFor(warning!, REASON)
    const edited = poreGuide('Pores can be closed permanently with our laser.', [ack])
    const open = checkDocument(edited)
    expect(open.map((f) => [f.ruleId, f.match])).toEqual([['guarantee', 'permanently']])
    expect(checkDocumentDetailed(edited).stale).toHaveLength(1)
  })

  test('editing another sentence of the same block keeps the acknowledgement', () => {
    const [warning] = checkDocument(poreGuide(sentence))
    const ack = acknowledgementFor(warning!, REASON)
    const doc = poreGuide(`${sentence} Cleanse twice a day.`, [ack])
    expect(checkDocument(doc)).toEqual([])
  })

  test('extra spaces or straightened quotes do not void it', () => {
    const curly = 'Pores can\u2019t be closed permanently.'
    const [warning] = checkDocument(poreGuide(curly))
    const ack = acknowledgementFor(warning!, REASON)
    expect(checkDocument(poreGuide("Pores  can't be  closed permanently. ", [ack]))).toEqual([])
  })

  test('an acknowledgement without a real reason does nothing', () => {
    const [warning] = checkDocument(poreGuide(sentence))
    const ack = {...acknowledgementFor(warning!, REASON), reason: 'ok'}
    expect(checkDocument(poreGuide(sentence, [ack]))).toHaveLength(1)
  })

  test('the same sentence in another block needs its own acknowledgement', () => {
    const [warning] = checkDocument(poreGuide(sentence))
    const ack = acknowledgementFor(warning!, REASON)
    const doc = {
      ...postWithBody({...block(sentence), _key: 'truth'}, {...block(sentence), _key: 'again'}),
      complianceAcknowledgements: [ack],
    }
    expect(checkDocument(doc).map((f) => f.path)).toEqual(['body[_key=="again"]'])
  })
})

describe('errors cannot be acknowledged', () => {
  const promo = 'Laser toning from $99 per session.'

  test('acknowledgementFor refuses an error', () => {
    const [error] = checkDocument(poreGuide(promo))
    expect(error?.severity).toBe('error')
    expect(() => acknowledgementFor(error!, 'The marketing team approved this offer.')).toThrow(
      /cannot be acknowledged/,
    )
  })

  test('a hand-written acknowledgement of an error is ignored', () => {
    const [error] = findAll(poreGuide(promo))
    const forged = {
      ruleId: error!.ruleId,
      path: error!.path,
      fingerprint: error!.fingerprint,
      reason: 'The marketing team approved this offer.',
    }
    const doc = poreGuide(promo, [forged])
    expect(checkDocument(doc).map((f) => f.ruleId)).toEqual(['price-wording'])
    expect(checkDocumentDetailed(doc).ignoredForErrors).toHaveLength(1)
  })

  test('a ticked patient-result image stays an error', () => {
    const doc: CheckableDocument = {
      ...poreGuide('A neutral sentence.'),
      coverImage: {
        _type: 'accessibleImage',
        alt: 'Cheek close-up',
        depictsPatientResult: true,
        asset: {_ref: 'image-abc-800x600-jpg'},
      },
    }
    const [error] = checkDocument(doc)
    expect(error).toMatchObject({
      ruleId: 'patient-result-image',
      severity: 'error',
      path: 'coverImage.depictsPatientResult',
    })
    const forged = {fingerprint: error!.fingerprint, reason: 'It is only a stock photo of a model.'}
    expect(checkDocument({...doc, complianceAcknowledgements: [forged]})).toHaveLength(1)
  })
})
