import {draftMode} from 'next/headers'
import {DraftVisualEditing} from './DraftVisualEditing'

/** The Studio connection, only for editors in draft mode: public pages ship none of its JavaScript. */
export async function VisualEditingInDraftMode() {
  const {isEnabled} = await draftMode()
  return isEnabled ? <DraftVisualEditing /> : null
}

export default VisualEditingInDraftMode
