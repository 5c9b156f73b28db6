import type {StructureResolver} from 'sanity/structure'
import {complianceListItem} from './compliance/structure'
import {languageListItems, missingTranslationListItem, settingsListItems} from './i18n/structure'

const REVIEW_DUE_MONTHS = 12

// Settings is a singleton per language; posts get an extra list of those whose medical review is over a year old,
// because YMYL health pages lose trust (and may mislead) when reviews lapse.
export const structure: StructureResolver = (S) =>
  S.list()
    .title('Content')
    .items([
      ...settingsListItems(S),
      complianceListItem(S),
      missingTranslationListItem(S),
      S.divider(),
      S.listItem()
        .title('Posts')
        .schemaType('post')
        .child(
          S.list()
            .title('Posts')
            .items([
              S.listItem().title('All posts').child(S.documentTypeList('post').title('All posts')),
              ...languageListItems(S, 'post', 'Posts'),
              S.listItem()
                .title(`Medical review due (over ${REVIEW_DUE_MONTHS} months)`)
                .child(
                  S.documentList()
                    .title('Medical review due')
                    .schemaType('post')
                    .filter('_type == "post" && (!defined(lastReviewedAt) || dateTime(lastReviewedAt + "T00:00:00Z") < dateTime(now()) - 60*60*24*365)')
                    .defaultOrdering([{field: 'lastReviewedAt', direction: 'asc'}]),
                ),
              // Published posts held back until their time, soonest first, and those due to come down.
              S.listItem()
                .title('Scheduled')
                .child(
                  S.documentList()
                    .title('Scheduled (going live or coming down)')
                    .schemaType('post')
                    .filter('_type == "post" && !(_id in path("drafts.**")) && (publishedAt > now() || takeDownAt > now())')
                    .defaultOrdering([{field: 'publishedAt', direction: 'asc'}]),
                ),
              S.listItem()
                .title('By category')
                .child(
                  S.documentTypeList('category')
                    .title('Categories')
                    .child((categoryId) =>
                      S.documentList().title('Posts').schemaType('post').filter('_type == "post" && $categoryId in categories[]._ref').params({categoryId}),
                    ),
                ),
            ]),
        ),
      S.listItem()
        .id('treatment')
        .title('Treatments')
        .schemaType('treatment')
        .child(
          S.list()
            .title('Treatments')
            .items([
              S.listItem().title('All treatments').child(S.documentTypeList('treatment').title('All treatments')),
              ...languageListItems(S, 'treatment', 'Treatments'),
            ]),
        ),
      S.documentTypeListItem('person').title('Authors and reviewers'),
      S.documentTypeListItem('category').title('Categories'),
      S.documentTypeListItem('page').title('Pages (editorial policy, about our content)'),
      // Old addresses that send readers on: made when a published page is renamed, or by hand.
      S.documentTypeListItem('redirect').title('Redirects'),
    ])
