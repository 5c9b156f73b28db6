// What a patient typed goes into the staff notification as a quotation, after everything the
// clinic wrote: each line starts with "> " and runs of blank lines become one, so a message that
// imitates the email ("Open in the staff inbox: https://...") after forty blank lines still reads
// as the patient's words and never sits above the real link.
export function quotedPatientText(text: string): string {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
  const collapsed = lines.filter((line, index) => line !== '' || (index > 0 && lines[index - 1] !== ''))
  while (collapsed.length > 0 && collapsed[collapsed.length - 1] === '') collapsed.pop()
  return collapsed.map((line) => (line === '' ? '>' : `> ${line}`)).join('\n')
}
