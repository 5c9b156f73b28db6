// Shared types of the compliance checker. Pure data: the Studio bundles this module, so no Node
// or Next imports here.

export type Severity = 'error' | 'warning'

/** How the matched words are used in their sentence. */
export type UsageContext = 'plain' | 'negated' | 'question'

/** A Sanity path, as the Studio expects it in validation markers. */
export type PathSegment = string | number | {_key: string}

export interface Finding {
  ruleId: string
  severity: Severity
  /** The matched text, as written in the document. */
  match: string
  /**
   * Where the match is, as a Sanity path string: `title`, `seo.description`, `risks[2]`,
   * `body[_key=="abc"]` (a block; `start`/`end` count characters in the block's plain text),
   * `faqs[_key=="q1"].answer`, `body[_key=="img"].alt`, `body[_key=="abc"].markDefs[_key=="l1"]`.
   */
  path: string
  /** The same path as segments, for Studio validation markers. */
  pathSegments: PathSegment[]
  /** The field's label for people ("Body", "Search description"). */
  field: string
  blockKey?: string
  spanKey?: string
  /** Character offsets of the match in the field's text (the block's plain text for Portable Text). */
  start: number
  end: number
  /** The sentence the match sits in (what the fingerprint covers). */
  sentence: string
  context: UsageContext
  message: string
  regulation: string
  /** Stable hash of rule, path and sentence: an acknowledgement applies while these stay the same. */
  fingerprint: string
}

/** A piece of text taken from a document, with where it came from. */
export interface TextSegment {
  path: string
  pathSegments: PathSegment[]
  field: string
  text: string
  /** What kind of text this is; some rules only read image text. */
  role: 'text' | 'imageText'
  blockKey?: string
  /** For Portable Text blocks: where each span starts in `text`. */
  spans?: Array<{key: string; start: number; end: number}>
  /** For Portable Text blocks: the block carries a citation (a `citation` mark or inline object). */
  cited?: boolean
}

export interface ExtractedLink {
  path: string
  pathSegments: PathSegment[]
  field: string
  blockKey?: string
  href: string
  reviewed: boolean
  /** The linked words, for the message. */
  text: string
  start: number
  end: number
}

export interface ExtractedImage {
  path: string
  pathSegments: PathSegment[]
  field: string
  blockKey?: string
  depictsPatientResult: boolean
  /** Identifies the picture for the fingerprint: the asset reference when there is one. */
  identity: string
}

export interface ExtractedDocument {
  id: string
  type: string
  segments: TextSegment[]
  links: ExtractedLink[]
  images: ExtractedImage[]
}

export interface Acknowledgement {
  ruleId?: string
  path?: string
  match?: string
  fingerprint?: string
  reason?: string
  acknowledgedBy?: string
  acknowledgedAt?: string
}

/** The minimal shape the checker reads: any Sanity document. */
export type CheckableDocument = {_id?: string; _type?: string; [field: string]: unknown}
