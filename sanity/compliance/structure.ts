import type {ListItemBuilder, StructureBuilder} from 'sanity/structure'
import {WarningOutlineIcon} from '@sanity/icons'
import {OpenComplianceFindings} from './OpenFindingsPane'

/** A Structure list item: add `complianceListItem(S)` to the root list's items. */
export function complianceListItem(S: StructureBuilder): ListItemBuilder {
  return S.listItem()
    .id('compliance-findings')
    .title('Open compliance findings')
    .icon(WarningOutlineIcon)
    .child(
      S.component(OpenComplianceFindings).id('compliance-findings-pane').title('Open compliance findings'),
    )
}
