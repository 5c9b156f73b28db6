import fs from 'node:fs'
import path from 'node:path'
import {X509Certificate} from 'node:crypto'
import {generate} from 'selfsigned'

export type Certificate = {key: string; cert: string; caPath: string}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * A self-signed certificate for localhost, *.localhost and 127.0.0.1, kept in `dir` so restarts
 * reuse it (a browser told to trust it once keeps trusting it). Regenerated when it is about to expire.
 */
export async function localCertificate(dir: string): Promise<Certificate> {
  const caPath = path.join(dir, 'cert.pem')
  const keyPath = path.join(dir, 'key.pem')
  if (fs.existsSync(caPath) && fs.existsSync(keyPath)) {
    const cert = fs.readFileSync(caPath, 'utf8')
    if (new Date(new X509Certificate(cert).validTo).getTime() > Date.now() + DAY_MS) return {key: fs.readFileSync(keyPath, 'utf8'), cert, caPath}
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
          {type: 2, value: 'localhost'},
          {type: 2, value: '*.localhost'},
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
