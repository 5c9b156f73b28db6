// One JSON object per line on stdout/stderr, so an operator can grep and ship logs without a parser.
type Fields = Record<string, unknown>
type Level = 'info' | 'warn' | 'error'

function serialiseError(value: unknown): unknown {
  if (value instanceof Error) return {name: value.name, message: value.message}
  return value
}

function write(level: Level, event: string, fields: Fields = {}) {
  const entry: Fields = {time: new Date().toISOString(), level, event}
  for (const [key, value] of Object.entries(fields)) entry[key] = serialiseError(value)
  const line = JSON.stringify(entry)
  if (level === 'info') process.stdout.write(line + '\n')
  else process.stderr.write(line + '\n')
}

export const log = {
  info: (event: string, fields?: Fields) => write('info', event, fields),
  warn: (event: string, fields?: Fields) => write('warn', event, fields),
  error: (event: string, fields?: Fields) => write('error', event, fields),
}
