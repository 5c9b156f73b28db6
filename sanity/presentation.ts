// The Presentation tool previews the site in draft mode inside the Studio (see README, Draft preview).
import {defineDocuments, defineLocations, presentationTool} from 'sanity/presentation'
import {apiPaths, paths} from '../lib/routes/paths'

export const presentation = presentationTool({
  previewUrl: {
    previewMode: {enable: apiPaths.draftModeEnable, disable: apiPaths.draftModeDisable},
  },
  resolve: {
    // The document a previewed page is about opens beside it, so edits to it refresh the preview.
    mainDocuments: defineDocuments([
      {route: paths.post(':slug'), filter: `_type == "post" && slug.current == $slug`},
      {route: paths.treatment(':slug'), filter: `_type == "treatment" && slug.current == $slug`},
      {route: paths.person(':slug'), filter: `_type == "person" && slug.current == $slug`},
      {route: paths.page(':slug'), filter: `_type == "page" && slug.current == $slug`},
      {route: paths.home(), filter: `_type == "clinicSettings"`},
      {route: paths.clinic(), filter: `_type == "clinicSettings"`},
    ]),
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
      page: defineLocations({
        select: {title: 'title', slug: 'slug.current'},
        resolve: (doc) => ({locations: [{title: doc?.title || 'Untitled', href: paths.page(doc?.slug ?? '')}]}),
      }),
      clinicSettings: defineLocations({locations: [{title: 'Home', href: paths.home()}, {title: 'Clinic', href: paths.clinic()}], message: 'Shown on every page'}),
    },
  },
})
