import {literalTerm, type TextRuleDefinition} from '../matcher'
import {DEVICE_BRANDS} from '../device-brands'
import {REGULATIONS} from '../regulations'

export const deviceBrand: TextRuleDefinition = {
  id: 'device-brand',
  severity: 'warning',
  regulation: REGULATIONS.deviceBrand,
  message:
    '"{match}" is the brand name of an injectable or a device. Describe the treatment generically (for example "hyaluronic acid filler", "fractional laser"), or acknowledge why the name is needed.',
  terms: DEVICE_BRANDS.map((brand) => `${literalTerm(brand)}s?`),
}
