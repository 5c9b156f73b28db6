import {literalTerm, type TextRuleDefinition} from '../matcher'
import {PRESCRIPTION_BRANDS, PRESCRIPTION_GENERICS} from '../prescription-brands'
import {REGULATIONS} from '../regulations'

export const prescriptionBrand: TextRuleDefinition = {
  id: 'prescription-brand',
  severity: 'error',
  // Naming the brand is the problem whether or not the sentence is negated.
  negatedSeverity: 'error',
  regulation: REGULATIONS.prescription,
  message:
    '"{match}" is the brand name of a prescription-only medicine, which may not be advertised. Describe the treatment generically (for example "botulinum toxin injection").',
  terms: PRESCRIPTION_BRANDS.map((brand) => `${literalTerm(brand)}s?`),
}

export const prescriptionMedicine: TextRuleDefinition = {
  id: 'prescription-medicine',
  severity: 'warning',
  regulation: REGULATIONS.prescription,
  message:
    '"{match}" is a prescription-only medicine. Mention it only as factual education (a doctor decides), never as something on offer; acknowledge with that reason.',
  terms: PRESCRIPTION_GENERICS.map(literalTerm),
}
