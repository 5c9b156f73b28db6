// The Presentation tool previews the site in draft mode inside the Studio (see README, Draft preview).
import {defineLocations, presentationTool} from 'sanity/presentation'

export const presentation = presentationTool({
  previewUrl: {
    previewMode: {enable: '/api/draft-mode/enable', disable: '/api/draft-mode/disable'},
  },
  resolve: {
    locations: {
      post: defineLocations({
        select: {title: 'title', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: `/blog/${doc?.slug}`}, {title: 'Journal', href: '/blog'}]}),
      }),
      treatment: defineLocations({
        select: {title: 'name', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: `/treatments/${doc?.slug}`}, {title: 'Treatments', href: '/treatments'}]}),
      }),
      person: defineLocations({
        select: {title: 'name', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: `/people/${doc?.slug}`}]}),
      }),
      clinicSettings: defineLocations({locations: [{title: 'Home', href: '/'}, {title: 'Clinic', href: '/clinic'}], message: 'Shown on every page'}),
    },
  },
})
