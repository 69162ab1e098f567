import { readdir, readFile } from 'node:fs/promises'
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { once } from 'node:events'
import postgres from 'postgres'

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

export function median(values: number[]): number {
  return percentile(values, 50)
}

/** A fresh database on the server of `adminUrl`; `drop` removes it. */
export async function scratchDatabase(
  adminUrl: string,
  prefix: string
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  await admin.end()
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return {
    url: url.toString(),
    drop: async () => {
      const cleanup = postgres(adminUrl, { max: 1, onnotice: () => {} })
      await cleanup.unsafe(`drop database if exists ${name} with (force)`)
      await cleanup.end()
    }
  }
}

export function jsonFlag(): boolean {
  return process.argv.includes('--json')
}

/** CPU time (user + system) a process has used so far, in ms, from /proc (Linux); null elsewhere. */
export async function processCpuMs(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces) start at ") ".
    const fields = stat.slice(stat.lastIndexOf(') ') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  } catch {
    return null
  }
}

/** CPU time of every PostgreSQL process on this machine (a server on the same host), in ms. */
export async function postgresCpuMs(): Promise<number | null> {
  try {
    let total = 0
    let found = false
    for (const entry of await readdir('/proc')) {
      if (!/^\d+$/.test(entry)) continue
      const comm = await readFile(`/proc/${entry}/comm`, 'utf8').catch(() => '')
      if (comm.trim() !== 'postgres') continue
      found = true
      total += (await processCpuMs(Number(entry))) ?? 0
    }
    return found ? total : null
  } catch {
    return null
  }
}

// Linux's USER_HZ: /proc times are in these ticks (100 on every common kernel).
const CLOCK_TICKS = 100

const ROOT = new URL('..', import.meta.url).pathname

/** Starts a Node script in the repository and waits for the first URL it prints. */
export async function startProcess(
  args: string[],
  env: Record<string, string | undefined>
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const url = await new Promise<string>((resolveUrl, reject) => {
    const onData = (data: Buffer) => {
      output += data
      const match = /(http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (!match) return
      // Its logs are not kept: at hundreds of requests a second they would cost the load generator's
      // CPU (on the cores the server shares) and memory.
      child.stdout!.off('data', onData)
      resolveUrl(match[1]!)
    }
    child.stdout!.on('data', onData)
    child.stderr!.on('data', (d) => {
      output += d
    })
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}:\n${output}`)))
  })
  // Keep draining its output so a full pipe never blocks it.
  child.stdout!.resume()
  return { child, url }
}

export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return
  child.kill('SIGTERM')
  await once(child, 'exit')
}

export interface ProcessResult {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  env?: Record<string, string | undefined>
  cwd?: string
  stdin?: string
  /** Kill the process after this long (the result then has code null). */
  timeoutMs?: number
}

/** Runs `node <args>` to the end and collects what it printed; only PATH is inherited from our environment. */
export function runNode(
  args: string[],
  { env = {}, cwd = ROOT, stdin, timeoutMs = 120_000 }: RunOptions = {}
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH, ...env },
      stdio: ['pipe', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => {
      stdout += d
    })
    child.stderr.on('data', (d) => {
      stderr += d
    })
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
    child.stdin.end(stdin ?? '')
  })
}
