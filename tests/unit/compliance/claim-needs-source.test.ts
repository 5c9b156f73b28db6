import {checkDocument, publishBlock, type Finding} from '@/lib/compliance'
import {SOURCE_CLAIMS} from './corpus/source-claims'
import {block, postWithBody, postWithText} from './helpers'

const sourcing = (findings: Finding[]) => findings.filter((f) => f.ruleId === 'claim-needs-source')

function citedBlock(text: string, citedText: string) {
  return {
    ...block(text),
    markDefs: [{_type: 'citation', _key: 'c1', reference: {_key: 'ref1'}}],
    children: [
      {_type: 'span', _key: 's1', text, marks: []},
      {_type: 'span', _key: 's2', text: citedText, marks: ['c1']},
    ],
  }
}

describe('claim-needs-source', () => {
  test('a figure without a citation in its paragraph is a warning that does not block publishing', () => {
    const [finding, ...rest] = sourcing(checkDocument(postWithText('About 85% of teenagers get acne.')))
    expect(rest).toEqual([])
    expect(finding).toMatchObject({severity: 'warning', match: '85%', path: 'body[_key=="b1"]'})
    expect(publishBlock(finding!)).toBe('never')
  })

  test('a citation mark anywhere in the paragraph sources it', () => {
    const doc = postWithBody(citedBlock('About 85% of teenagers get acne, and most grow out of it. ', 'Source'))
    expect(sourcing(checkDocument(doc))).toEqual([])
  })

  test('an inline citation object also counts', () => {
    const doc = postWithBody({
      ...block('x'),
      children: [
        {_type: 'span', _key: 's1', text: 'Niacinamide reduces oil production.', marks: []},
        {_type: 'citation', _key: 'c1', reference: {_key: 'ref1'}},
      ],
    })
    expect(sourcing(checkDocument(doc))).toEqual([])
  })

  test('a mark of another type is not a citation', () => {
    const doc = postWithBody({
      ...citedBlock('About 85% of teenagers get acne. ', 'Read more'),
      markDefs: [{_type: 'link', _key: 'c1', href: '/guide'}],
    })
    expect(sourcing(checkDocument(doc)).map((f) => f.match)).toEqual(['85%'])
  })

  test('a bracketed number cites its paragraph, and only that paragraph', () => {
    expect(sourcing(checkDocument(postWithText('Studies show azelaic acid fades marks [2].')))).toEqual([])
    expect(sourcing(checkDocument(postWithText('Studies show azelaic acid fades marks [2, 3].')))).toEqual([])
    const treatment = {
      _id: 'treatment-test',
      _type: 'treatment',
      name: 'Peel',
      howPerformed: 'Peels boost cell turnover [1].\n\nMicroneedling stimulates collagen.',
    }
    expect(sourcing(checkDocument(treatment)).map((f) => f.match)).toEqual(['stimulates'])
  })

  test('a citation in another block does not source this one', () => {
    const doc = postWithBody(citedBlock('Sunscreen matters. ', '[ref]'), {...block('One in five adults has sensitive skin.'), _key: 'b2'})
    expect(sourcing(checkDocument(doc)).map((f) => f.path)).toEqual(['body[_key=="b2"]'])
  })

  test('promotions and prices are not figures to cite', () => {
    expect(sourcing(checkDocument(postWithText('Enjoy 20% off your first peel.')))).toEqual([])
  })

  test('labelled sentences: every claim found, nothing else', () => {
    const verdicts = SOURCE_CLAIMS.map(([label, text]) => ({
      label,
      text,
      flagged: sourcing(checkDocument(postWithText(text))).length > 0,
    }))
    const claims = verdicts.filter((v) => v.label === 'source')
    const flagged = verdicts.filter((v) => v.flagged)
    const recall = claims.filter((v) => v.flagged).length / claims.length
    const precision = flagged.filter((v) => v.label === 'source').length / flagged.length
    console.log(`claim-needs-source on ${verdicts.length} labelled sentences: recall ${(recall * 100).toFixed(1)}%, precision ${(precision * 100).toFixed(1)}%`)
    expect(verdicts.filter((v) => v.flagged !== (v.label === 'source')).map((v) => v.text)).toEqual([])
  })
})
