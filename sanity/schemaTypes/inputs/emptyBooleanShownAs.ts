import type {BooleanInputProps} from 'sanity'

// A boolean with an initial value inside an optional object (an image, a price) makes every new
// form hold that object half-filled, which then trips its validation. Such booleans start empty
// instead, and this input shows the empty value as the answer the site assumes for it, rather
// than Sanity's "not answered" state.
export function emptyBooleanShownAs(shown: boolean) {
  return function EmptyBooleanInput(props: BooleanInputProps) {
    return props.renderDefault({...props, value: props.value ?? shown})
  }
}
