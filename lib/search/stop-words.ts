// Words that carry no topic in a patient's question ("how long is the downtime after laser"):
// left out of the index and of queries, so a question finds what a keyword search would.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are as at be because been before being below
  between both but by can could did do does doing down during each few for from further had has have
  having he her here hers herself him himself his how i if in into is it its itself just me more most
  my myself no nor not now of off on once only or other our ours ourselves out over own same she
  should so some such than that the their theirs them themselves then there these they this those
  through to too under until up very was we were what when where which while who whom why will with
  would you your yours yourself yourselves get gets got much many tell please want need know`
    .split(/\s+/)
    .filter(Boolean),
)
