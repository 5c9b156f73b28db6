import fs from 'node:fs'
import path from 'node:path'
import {X509Certificate} from 'node:crypto'
import {generate} from 'selfsigned'

export type Certificate = {key: string; cert: string; caPath: string}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A self-signed certificate for localhost, *.localhost, the given names and 127.0.0.1, kept in `dir`
 * so restarts reuse it (a browser told to trust it once keeps trusting it). Regenerated when it is
 * about to expire or lacks a name. `<project>.localhost` is named outright because TLS clients
 * (Node's among them) refuse a wildcard directly under a one-label name such as `localhost`.
 */
export async function localCertificate(dir: string, hostNames: string[] = []): Promise<Certificate> {
  const names = ['localhost', '*.localhost', ...hostNames.filter((name) => name !== 'localhost')]
  const caPath = path.join(dir, 'cert.pem')
  const keyPath = path.join(dir, 'key.pem')
  if (fs.existsSync(caPath) && fs.existsSync(keyPath)) {
    const cert = fs.readFileSync(caPath, 'utf8')
    const x509 = new X509Certificate(cert)
    const covered = names.every((name) => (x509.subjectAltName ?? '').split(', ').includes(`DNS:${name}`))
    if (covered && new Date(x509.validTo).getTime() > Date.now() + DAY_MS)
      return {key: fs.readFileSync(keyPath, 'utf8'), cert, caPath}
  }
  const pems = await generate([{name: 'commonName', value: 'localhost'}], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * DAY_MS),
    extensions: [
      {name: 'basicConstraints', cA: false},
      {name: 'keyUsage', digitalSignature: true, keyEncipherment: true},
      {name: 'extKeyUsage', serverAuth: true},
      {
        name: 'subjectAltName',
        altNames: [
          ...names.map((value) => ({type: 2 as const, value})),
          {type: 7, ip: '127.0.0.1'},
          {type: 7, ip: '::1'},
        ],
      },
    ],
  })
  fs.mkdirSync(dir, {recursive: true})
  fs.writeFileSync(keyPath, pems.private, {mode: 0o600})
  fs.writeFileSync(caPath, pems.cert)
  return {key: pems.private, cert: pems.cert, caPath}
}
