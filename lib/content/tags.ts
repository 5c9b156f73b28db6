// Cache tag names live here so the getters that set them and the webhook that clears them agree.
export const TAGS = {
  posts: 'post',
  post: (slug: string) => `post:${slug}`,
  treatments: 'treatment',
  treatment: (slug: string) => `treatment:${slug}`,
  people: 'person',
  person: (slug: string) => `person:${slug}`,
  categories: 'category',
  settings: 'settings',
  redirects: 'redirect',
  pages: 'page',
  page: (slug: string) => `page:${slug}`,
  // One document's editions (hreflang, the language switcher): cleared by a publish of any of them.
  translations: (id: string) => `translations:${id}`,
} as const
