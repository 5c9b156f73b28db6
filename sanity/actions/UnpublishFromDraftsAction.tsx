import {useState} from 'react'
import {UnpublishIcon} from '@sanity/icons'
import {useDocumentOperation, type DocumentActionComponent} from 'sanity'

/**
 * Sanity's own Unpublish action shows only when the editor switches the document to its
 * "Published" version; in the draft view, where editors work, the menu had no way to take a page
 * off the site. This offers the same operation there, for documents that are published.
 */
export const UnpublishFromDraftsAction: DocumentActionComponent = ({id, type, published, liveEdit, release}) => {
  const {unpublish} = useDocumentOperation(id, type)
  const [confirming, setConfirming] = useState(false)
  if (!published || liveEdit || release) return null
  return {
    label: 'Unpublish',
    tone: 'critical',
    icon: UnpublishIcon,
    disabled: Boolean(unpublish.disabled),
    title: unpublish.disabled ? 'This document cannot be unpublished now.' : 'Take it off the site; your draft stays in the Studio.',
    onHandle: () => setConfirming(true),
    dialog: confirming && {
      type: 'confirm',
      tone: 'critical',
      message: 'Take this page off the site? It stays here as a draft, and you can publish it again.',
      confirmButtonText: 'Unpublish',
      onCancel: () => setConfirming(false),
      onConfirm: () => {
        unpublish.execute()
        setConfirming(false)
      },
    },
  }
}

UnpublishFromDraftsAction.displayName = 'UnpublishFromDraftsAction'
