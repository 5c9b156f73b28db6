import {compileRule, type CompiledTextRule} from '../matcher'
import {comparison, guarantee, specialtyTitle, superlative, unjustifiedExpectation} from './claims'
import {patientResultImageText, patientResultWording, priceWording, promotion, testimonial} from './forbidden'
import {prescriptionBrand, prescriptionMedicine} from './prescription'
import {deviceBrand} from './brands'
import {socialProof} from './social'

export const TEXT_RULE_DEFINITIONS = [
  superlative,
  guarantee,
  unjustifiedExpectation,
  comparison,
  testimonial,
  promotion,
  priceWording,
  patientResultWording,
  patientResultImageText,
  prescriptionBrand,
  prescriptionMedicine,
  specialtyTitle,
  socialProof,
  deviceBrand,
]

// Compiled once per process (or Studio session): checking a document only runs the regexes.
export const TEXT_RULES: readonly CompiledTextRule[] = TEXT_RULE_DEFINITIONS.map(compileRule)

/** Every rule id the checker can report, including the structural rules. */
export const RULE_IDS = [
  ...new Set([
    ...TEXT_RULE_DEFINITIONS.map((rule) => rule.id),
    'testimonial-quote',
    'patient-story',
    'patient-result-image',
    'unreviewed-link',
    'claim-needs-source',
  ]),
]
