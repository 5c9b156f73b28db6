// The Presentation tool previews the site in draft mode inside the Studio (see README, Draft preview).
import {defineLocations, presentationTool} from 'sanity/presentation'
import {apiPaths, paths} from '../lib/routes/paths'

export const presentation = presentationTool({
  previewUrl: {
    previewMode: {enable: apiPaths.draftModeEnable, disable: apiPaths.draftModeDisable},
  },
  resolve: {
    locations: {
      post: defineLocations({
        select: {title: 'title', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: paths.post(doc?.slug ?? '')}, {title: 'Journal', href: paths.blog()}]}),
      }),
      treatment: defineLocations({
        select: {title: 'name', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: paths.treatment(doc?.slug ?? '')}, {title: 'Treatments', href: paths.treatments()}]}),
      }),
      person: defineLocations({
        select: {title: 'name', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: paths.person(doc?.slug ?? '')}]}),
      }),
      clinicSettings: defineLocations({locations: [{title: 'Home', href: paths.home()}, {title: 'Clinic', href: paths.clinic()}], message: 'Shown on every page'}),
    },
  },
})
