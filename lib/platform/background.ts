import 'server-only'
import {log} from './log'

/** Work the server repeats on a timer; the features define their tasks, instrumentation starts them. */
export interface RecurringTask {
  name: string
  everyMs: number
  /** Delay before the first run; 0 runs it at start (work a previous process left behind). */
  firstRunAfterMs: number
  run(): Promise<void>
}

interface TimerState {
  started: boolean
  timers: NodeJS.Timeout[]
  running: Set<Promise<void>>
}

// On globalThis so that dev-mode module reloads do not start a second set of timers.
const state: TimerState = ((globalThis as {__recurringTasks?: TimerState}).__recurringTasks ??= {
  started: false,
  timers: [],
  running: new Set(),
})

/** Runs one task, logging instead of throwing: a failed run must not stop the timers or the server. */
export async function runTask(task: RecurringTask): Promise<void> {
  const run = task
    .run()
    .catch((error: unknown) => log.error('background.task_failed', {task: task.name, error}))
  state.running.add(run)
  try {
    await run
  } finally {
    state.running.delete(run)
  }
}

/** Starts each task's timer, once per server process; later calls change nothing. */
export function startRecurringTasks(tasks: RecurringTask[]): void {
  // `next build` also loads instrumentation; a build must not send mail or hold timers.
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  if (state.started) return
  state.started = true
  for (const task of tasks) {
    const first = setTimeout(() => {
      void runTask(task)
      state.timers.push(setInterval(() => void runTask(task), task.everyMs).unref())
    }, task.firstRunAfterMs)
    state.timers.push(first.unref())
  }
  log.info('background.started', {tasks: tasks.map((t) => ({name: t.name, everySeconds: t.everyMs / 1000}))})
}

/** Stops the timers and waits for runs in progress (graceful shutdown, tests). */
export async function stopRecurringTasks(): Promise<void> {
  for (const timer of state.timers) clearTimeout(timer)
  state.timers = []
  state.started = false
  await Promise.all(state.running)
}
