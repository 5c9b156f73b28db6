// Debian's Chromium, found on PATH, with the flags a headless run as root needs.
import {spawnSync} from 'node:child_process'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const INSTALL_HINT = 'Install Chromium: apt-get update && apt-get install -y chromium'

/** Absolute path of the chromium binary, or undefined. */
export function findChromium() {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH
  const r = spawnSync('bash', ['-c', 'command -v chromium'], {encoding: 'utf8'})
  const p = r.stdout.trim()
  return r.status === 0 && p ? p : undefined
}
