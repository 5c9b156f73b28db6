// Is a TCP port free, and if not, which process listens on it. `npm run edit` asks before it spends
// minutes building, so that a taken port stops it at once with a name to act on.
import fs from 'node:fs'
import net from 'node:net'
import {spawnSync} from 'node:child_process'

const LISTEN = '0A'

/** Inodes of the sockets listening on `port`, read from /proc/net/tcp and tcp6 (Linux). */
function listeningInodes(port) {
  const inodes = new Set()
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text
    try {
      text = fs.readFileSync(table, 'utf8')
    } catch {
      continue
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/)
      if (fields.length < 10 || fields[3] !== LISTEN) continue
      const localPort = Number.parseInt(fields[1].split(':')[1], 16)
      if (localPort === port) inodes.add(fields[9])
    }
  }
  return inodes
}

function commandOf(pid) {
  try {
    const cmd = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
    return cmd.length > 160 ? `${cmd.slice(0, 157)}...` : cmd
  } catch {
    return undefined
  }
}

/** The process holding a listening socket with one of these inodes, found through /proc/<pid>/fd. */
function holderFromProc(inodes) {
  if (inodes.size === 0) return undefined
  const wanted = new Set([...inodes].map((i) => `socket:[${i}]`))
  let pids = []
  try {
    pids = fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return undefined
  }
  for (const pid of pids) {
    let fds
    try {
      fds = fs.readdirSync(`/proc/${pid}/fd`)
    } catch {
      continue
    }
    for (const fd of fds) {
      let target
      try {
        target = fs.readlinkSync(`/proc/${pid}/fd/${fd}`)
      } catch {
        continue
      }
      if (wanted.has(target)) return {pid: Number(pid), command: commandOf(pid)}
    }
  }
  return undefined
}

/** `ss` names the process even where /proc/<pid>/fd of another user cannot be read (when run as root). */
function holderFromSs(port) {
  const r = spawnSync('ss', ['-H', '-ltnp', `sport = :${port}`], {encoding: 'utf8'})
  if (r.status !== 0) return undefined
  const match = /users:\(\("([^"]+)",pid=(\d+)/.exec(r.stdout)
  return match ? {pid: Number(match[2]), command: commandOf(match[2]) ?? match[1]} : undefined
}

function canBind(port, host) {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', (e) => resolve(e.code === 'EADDRNOTAVAIL' || e.code === 'EAFNOSUPPORT'))
    server.listen({port, host, exclusive: true}, () => server.close(() => resolve(true)))
  })
}

/**
 * @param {number} port
 * @returns {Promise<{free: true} | {free: false, holder?: {pid: number, command?: string}}>}
 */
export async function checkPort(port) {
  const inodes = listeningInodes(port)
  const bound = inodes.size === 0 && (await canBind(port, '::')) && (await canBind(port, '0.0.0.0'))
  if (bound) return {free: true}
  return {free: false, holder: holderFromProc(inodes) ?? holderFromSs(port)}
}

/** One sentence for a taken port: which process, and what to do about it. */
export function describeTakenPort(port, holder, option) {
  const who = holder
    ? `process ${holder.pid}${holder.command ? ` (${holder.command})` : ''}`
    : 'another process (its name is not readable by this user)'
  return `port ${port} is taken by ${who}. Stop it${holder ? ` (kill ${holder.pid})` : ''} or choose another port with ${option} <port>.`
}
