/** The page of the site an enquiry came from: its title when known, linked to the page itself. */
export function SourcePageLink({path, titles}: {path: string; titles: ReadonlyMap<string, string>}) {
  return (
    <a href={path} className="underline">
      {titles.get(path) ?? path}
    </a>
  )
}
