// Run under `flock /tmp/next-build.lock`: build if needed, then copy the build into argv[2].
// argv[3] is the build variant (snapshot, or sanity with E2E_LAKE_ENV set).
import {ensureBuild, stageApp} from './app-server.mjs'

try {
  const variant = process.argv[3] ?? 'snapshot'
  ensureBuild({log: (line) => console.log(line), variant})
  stageApp(process.argv[2], variant)
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
