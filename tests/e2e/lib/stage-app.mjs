// Run under `flock /tmp/next-build.lock`: build if needed, then copy the build into argv[2].
import {ensureBuild, stageApp} from './app-server.mjs'

try {
  ensureBuild({log: (line) => console.log(line)})
  stageApp(process.argv[2])
} catch (e) {
  console.error(e.message)
  process.exit(1)
}
