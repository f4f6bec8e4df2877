// The lint worker's side of the thread boundary: it holds the rules and answers
// lint and fix requests one at a time with plain data (lint-job.ts). It keeps
// nothing between requests, so closing documents frees everything they used.
//
// Bundlers that ship the rule pack inside the worker's file (the VS Code
// extension) call `serveLints(rules)` from their own worker entry; the generic
// entry, worker-main.ts, imports the pack the server names (`rulesModule`).

import {parentPort} from 'node:worker_threads'
import type {Rule} from '@lessonlint/core'
import {runFix, runLint, type FixData, type FixJob, type LintData, type LintJob} from './lint-job.js'

export type WorkerRequest = {id: number; kind: 'lint'; job: LintJob} | {id: number; kind: 'fix'; job: FixJob}

export type WorkerMessage =
  /** The rules are loaded: their ids, so the server can check it lints with the pack it validates configs against. */
  | {kind: 'ready'; ruleIds: string[]}
  /** The rules could not be loaded. */
  | {kind: 'unavailable'; error: string}
  | {kind: 'done'; id: number; data: LintData | FixData}
  | {kind: 'error'; id: number; error: string}

export function serveLints(rules: readonly Rule[]): void {
  const port = parentPort
  if (!port) throw new Error('serveLints runs in a worker thread')
  port.on('message', (request: WorkerRequest) => {
    let reply: WorkerMessage
    try {
      const data = request.kind === 'lint' ? runLint(rules, request.job) : runFix(rules, request.job)
      reply = {kind: 'done', id: request.id, data}
    } catch (error) {
      reply = {kind: 'error', id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error)}
    }
    try {
      port.postMessage(reply)
    } catch (error) {
      // Something in the answer cannot be cloned (a rule put a function in its data): say so rather than go silent.
      port.postMessage({kind: 'error', id: request.id, error: `the answer cannot cross to the server: ${error instanceof Error ? error.message : String(error)}`})
    }
  })
  port.postMessage({kind: 'ready', ruleIds: rules.map((rule) => rule.meta.id)} satisfies WorkerMessage)
}

/** Says the rules could not be loaded, so the server lints in its own thread instead. */
export function reportUnavailable(error: unknown): void {
  parentPort?.postMessage({kind: 'unavailable', error: error instanceof Error ? error.message : String(error)} satisfies WorkerMessage)
}
