import {
  citationNumber,
  doiProblem,
  numberSources,
  pmidProblem,
  sourceHref,
  sourceProblems,
  urlProblem,
} from '@/lib/article/sources'

const complete = {_key: 'a', title: 'Acne', publisher: 'NHS', year: 2024, url: 'https://www.nhs.uk/conditions/acne/'}

describe('source identifiers', () => {
  it.each(['10.1111/ajd.12715', '10.1001/jama.2020.1234', '10.12345/abc-(2019)_x;1/2'])('accepts the DOI %s', (doi) => {
    expect(doiProblem(doi)).toBeNull()
  })

  it.each([
    ['11.1111/ajd.12715', /starts with "10\."/],
    ['10.11/ajd.12715', /4 to 9 digits/],
    ['10.1111', /slash/],
    ['10.1111/has space', /starts with "10\."/],
    ['https://doi.org/10.1111/ajd.12715', /without "https:\/\/doi\.org\/"/],
    ['doi:10.1111/ajd.12715', /without/],
  ])('refuses the DOI %s', (doi, message) => {
    expect(doiProblem(doi)).toMatch(message)
  })

  it('accepts PubMed ids of digits only', () => {
    expect(pmidProblem('31234567')).toBeNull()
    for (const bad of ['PMID31234567', '0123', '3123456789', '31 234', 'PMC2921757']) expect(pmidProblem(bad)).toMatch(/digits only/)
  })

  it('accepts https addresses only', () => {
    expect(urlProblem('https://www.aad.org/public')).toBeNull()
    expect(urlProblem('http://www.aad.org/public')).toMatch(/https/)
    expect(urlProblem('www.aad.org')).toMatch(/full address/)
    expect(urlProblem('https://localhost/x')).toMatch(/domain/)
    expect(urlProblem('javascript:alert(1)')).toMatch(/https/)
  })
})

describe('sourceProblems', () => {
  it('finds nothing wrong with a complete entry', () => {
    expect(sourceProblems(complete, 2026)).toEqual([])
  })

  it('requires a title, a publisher, a year and one identifier', () => {
    expect(sourceProblems({_key: 'x'}, 2026).map((p) => p.field).sort()).toEqual(['publisher', 'title', 'url', 'year'])
  })

  it('refuses a year that is not a plausible publication year', () => {
    expect(sourceProblems({...complete, year: 2029}, 2026)).toEqual([{field: 'year', message: expect.stringMatching(/between 1800 and 2027/)}])
    expect(sourceProblems({...complete, year: 2024.5}, 2026)[0].field).toBe('year')
  })

  it('reports each malformed identifier even when another one is fine', () => {
    const problems = sourceProblems({...complete, doi: '10.1/x', pmid: 'abc'}, 2026)
    expect(problems.map((p) => p.field)).toEqual(['doi', 'pmid'])
  })
})

describe('sourceHref', () => {
  it('prefers the DOI, then the PubMed record, then the URL', () => {
    expect(sourceHref({...complete, doi: '10.1111/ajd.12715', pmid: '123'})).toBe('https://doi.org/10.1111/ajd.12715')
    expect(sourceHref({...complete, pmid: '31234567'})).toBe('https://pubmed.ncbi.nlm.nih.gov/31234567/')
    expect(sourceHref(complete)).toBe('https://www.nhs.uk/conditions/acne/')
  })

  it('links nothing rather than a malformed identifier', () => {
    expect(sourceHref({title: 'x', doi: 'not-a-doi', url: 'http://insecure.example.com'})).toBeNull()
  })
})

describe('numbering', () => {
  const sources = numberSources([
    {...complete, _key: 'nhs'},
    null,
    {_key: 'review', title: 'Chemical peels', publisher: 'Australasian Journal of Dermatology', year: 2018, doi: '10.1111/ajd.12715'},
  ])

  it('numbers sources in the order they are listed, skipping empty entries', () => {
    expect(sources.map((s) => [s._key, s.number])).toEqual([
      ['nhs', 1],
      ['review', 2],
    ])
    expect(sources[1].href).toBe('https://doi.org/10.1111/ajd.12715')
  })

  it('gives a citation the number of the source it names, or none', () => {
    expect(citationNumber(sources, 'review')).toBe(2)
    expect(citationNumber(sources, 'nhs')).toBe(1)
    expect(citationNumber(sources, 'removed')).toBeNull()
    expect(citationNumber(sources, undefined)).toBeNull()
  })
})
