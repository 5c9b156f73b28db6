// Prescription-only medicines that must not be advertised to the public (Health Products Act;
// Health Products (Advertisement of Therapeutic Products) Regulations 2016, reg 7). Maintained
// by hand: add a brand when a new one is registered with HSA or appears in copy.
//
// Brand names are errors: naming the product is the advertisement. Generic names of
// prescription-only actives are warnings: an educational sentence ("prescription retinoids such
// as tretinoin need a doctor's assessment") can be acceptable, and an editor records why.
// Botulinum toxin as a generic term is how clinics are expected to describe the service, so it
// is not listed.

export const PRESCRIPTION_BRANDS: readonly string[] = [
  // Botulinum toxins
  'Botox',
  'Vistabel',
  'Dysport',
  'Azzalure',
  'Alluzience',
  'Xeomin',
  'Bocouture',
  'Nabota',
  'Jeuveau',
  'Daxxify',
  'Letybo',
  'Relfydess',
  'Botulax',
  'Neuronox',
  'Innotox',
  'Coretox',
  'Meditoxin',
  'Hutox',
  'Relatox',
  // Oral isotretinoin
  'Roaccutane',
  'Accutane',
  'Oratane',
  'Acnotin',
  'Absorica',
  'Claravis',
  'Zenatane',
  'Amnesteem',
  // Tretinoin and other prescription retinoids
  'Retin-A',
  'Stieva-A',
  'Renova',
  'Retacnyl',
  'Airol',
  'Isotrex',
  'Epiduo',
  // Hydroquinone preparations
  'Tri-Luma',
  'Eldoquin',
  // Oral tranexamic acid
  'Transamin',
  'Cyklokapron',
  'Lysteda',
  // Other prescription medicines seen in aesthetic copy
  'Latisse',
  'Propecia',
  'Vaniqa',
  'Differin',
  'Aldactone',
]

export const PRESCRIPTION_GENERICS: readonly string[] = [
  'tretinoin',
  'isotretinoin',
  'hydroquinone',
  'oral tranexamic acid',
  'tranexamic acid tablets',
  'finasteride',
  'bimatoprost',
  'spironolactone',
  'minocycline',
]
