import {REGULATIONS} from '../regulations'
import type {Severity} from '../types'
import {findGroupEndorsements} from './endorsement'
import {findPatientJourneys} from './patient-journey'
import {findPermanence} from './permanence'
import {findRemovalWithTotality} from './removal'
import {findSuperlatives} from './superlatives'
import {findTimedPromises} from './timed-promises'
import type {SentenceHit} from './types'
import {ERROR_UNLESS_DENIED_OR_ASKED} from '../severity'

// Rules read from a sentence's structure (parts of speech, what is said about whom), not from a
// list of phrases. Each reports under the rule id of the phrase rule it generalises, so an
// editor sees one kind of finding, overlapping matches are merged, and acknowledgements and
// the publishing policy apply unchanged.
export interface SentenceRule {
  id: string
  severity: Severity
  negatedSeverity?: Severity
  questionSeverity?: Severity
  /** Reported as written whatever the sentence's mood (a patient's story is never a denial). */
  ignoreContext?: boolean
  regulation: string
  message: string
  find: (sentence: string) => SentenceHit[]
}

export const SENTENCE_RULES: readonly SentenceRule[] = [
  {
    id: 'guarantee',
    ...ERROR_UNLESS_DENIED_OR_ASKED,
    regulation: REGULATIONS.substantiation,
    message:
      '"{match}" says the result lasts for good or never comes back. Results of skin treatment fade and conditions can return: say what typically happens and for how long.',
    find: findPermanence,
  },
  {
    id: 'guarantee',
    ...ERROR_UNLESS_DENIED_OR_ASKED,
    regulation: REGULATIONS.substantiation,
    message:
      '"{match}" promises that a skin concern is removed completely. Treatments reduce or soften concerns; say what typically improves.',
    find: findRemovalWithTotality,
  },
  {
    id: 'testimonial',
    severity: 'error',
    negatedSeverity: 'warning',
    regulation: REGULATIONS.testimonial,
    message:
      '"{match}" presents an endorsement by celebrities, influencers or doctors as a group. Endorsements may not be published; describe the treatment instead.',
    find: findGroupEndorsements,
  },
  {
    id: 'superlative',
    severity: 'warning',
    regulation: REGULATIONS.superlative,
    message:
      '"{match}" is a superlative about results or the clinic. Describe what the treatment does instead, or acknowledge if it does not praise our services.',
    find: findSuperlatives,
  },
  {
    id: 'unjustified-expectation',
    severity: 'warning',
    regulation: REGULATIONS.expectation,
    message:
      '"{match}" ties a result to a number of hours or days. Say how results typically build and that they vary.',
    find: findTimedPromises,
  },
  {
    id: 'patient-story',
    severity: 'error',
    ignoreContext: true,
    regulation: REGULATIONS.patientStory,
    message:
      'This tells the journey or result of a particular patient. A patient story is an after-only depiction and a testimonial, which the clinic may not publish; describe what typically happens instead.',
    find: findPatientJourneys,
  },
]
