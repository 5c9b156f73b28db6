// The provisions each rule comes from, quoted in every finding so an editor sees why.
// HCSA = Healthcare Services (Advertisement) Regulations 2021 (S 1033/2021).
export const REGULATIONS = {
  superlative:
    'HCSA Advertisement Regulations 2021, reg 5(1)(e): laudatory statement, statement of prominence or uniqueness, or superlative',
  substantiation:
    'HCSA Advertisement Regulations 2021, reg 5(1)(a) and 5(1)(c)(ii): claims must be substantiated and must not create an unjustified expectation',
  expectation:
    'HCSA Advertisement Regulations 2021, reg 5(1)(c)(ii): unjustified expectation from the service (MOH: no "instant" or "results in N days" promises)',
  comparison:
    'HCSA Advertisement Regulations 2021, reg 5(1)(c)(i), (iii) and (iv): results other clinics cannot achieve, comparison with or deprecation of other clinics',
  patientImage:
    'HCSA Advertisement Regulations 2021, reg 5(1)(d): before-and-after or after-only photographs, pictures or videos of a patient',
  testimonial:
    'HCSA Advertisement Regulations 2021, reg 14: reviews, testimonials and endorsements reproduced by the clinic',
  promotion:
    'HCSA Advertisement Regulations 2021, reg 15: gifts, discounts and promotional programmes that encourage use of the service',
  price:
    'HCSA Advertisement Regulations 2021, reg 5(1)(a) and reg 15, with the MOH advertising FAQ: exact prices only (no "from", "as low as", packages or time-limited offers)',
  hyperlink:
    'HCSA Advertisement Regulations 2021, reg 16: hyperlinks to websites that break the advertising rules',
  prescription:
    'Health Products (Advertisement of Therapeutic Products) Regulations 2016, reg 7: prescription-only medicines must not be advertised to the public',
  socialProof:
    'HCSA Advertisement Regulations 2021, reg 5(1)(e) and reg 14: laudatory statements of prominence, and endorsements (patient counts, "trusted by", awards)',
  patientStory:
    'HCSA Advertisement Regulations 2021, reg 5(1)(d) and reg 14: a patient\'s result told as a story is an after-only depiction and a testimonial',
  deviceBrand:
    'HCSA Advertisement Regulations 2021, reg 5(1)(a), with HSA guidance on advertising medical devices: name the treatment, not the product',
  sourcing:
    'HCSA Advertisement Regulations 2021, reg 5(1)(a): claims must be factually accurate and capable of substantiation; cite the source of a figure or an efficacy claim',
  specialtyTitle:
    'Singapore Medical Council Ethical Code and Ethical Guidelines: aesthetic practice is not a recognised specialty',
} as const
