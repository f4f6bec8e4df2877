// Requests from the client are checked before they are used: one that lacks a
// field or has the wrong type gets a protocol error (InvalidParams) that says
// which field, never a JavaScript message from deep inside a handler. Anything
// else that goes wrong in a handler is logged with its stack and answered with
// a generic InternalError: the client learns it failed, not how the server is built.

import {ErrorCodes, ResponseError, type CancellationToken, type Position, type Range} from 'vscode-languageserver'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function invalid(method: string, what: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, `${method}: ${what}`)
}

function isPosition(value: unknown): value is Position {
  return (
    isRecord(value) &&
    Number.isInteger(value['line']) &&
    Number.isInteger(value['character']) &&
    (value['line'] as number) >= 0 &&
    (value['character'] as number) >= 0
  )
}

export namespace Params {
  /** `params.textDocument.uri`, a string. */
  export function uri(method: string, params: unknown): string {
    if (!isRecord(params) || !isRecord(params['textDocument']) || typeof params['textDocument']['uri'] !== 'string') {
      throw invalid(method, 'textDocument.uri must be a string')
    }
    return params['textDocument']['uri']
  }

  /** `params[name]`, a position: line and character, non-negative integers. */
  export function position(method: string, params: unknown, name = 'position'): Position {
    const value = isRecord(params) ? params[name] : undefined
    if (!isPosition(value)) throw invalid(method, `${name} must be {line, character} with non-negative integers`)
    return {line: value.line, character: value.character}
  }

  /** `params[name]`, a range of two positions. */
  export function range(method: string, params: unknown, name = 'range'): Range {
    const value = isRecord(params) ? params[name] : undefined
    if (!isRecord(value) || !isPosition(value['start']) || !isPosition(value['end'])) {
      throw invalid(method, `${name} must be {start, end}, each {line, character} with non-negative integers`)
    }
    return {start: {line: value['start'].line, character: value['start'].character}, end: {line: value['end'].line, character: value['end'].character}}
  }

  /** `params.context.only` of a code action request: absent, or a list of kinds. */
  export function only(method: string, params: unknown): string[] | undefined {
    const context = isRecord(params) ? params['context'] : undefined
    if (!isRecord(context)) throw invalid(method, 'context must be an object')
    const only = context['only']
    if (only === undefined || only === null) return undefined
    if (!Array.isArray(only) || !only.every((kind) => typeof kind === 'string')) throw invalid(method, 'context.only must be a list of strings')
    return only as string[]
  }

  /** An optional string field. */
  export function optionalString(method: string, params: unknown, name: string): string | undefined {
    const value = isRecord(params) ? params[name] : undefined
    if (value === undefined || value === null) return undefined
    if (typeof value !== 'string') throw invalid(method, `${name} must be a string`)
    return value
  }

  /** A required string field. */
  export function string(method: string, params: unknown, name: string): string {
    const value = isRecord(params) ? params[name] : undefined
    if (typeof value !== 'string') throw invalid(method, `${name} must be a string`)
    return value
  }

  /** The params object itself, or a protocol error. */
  export function object(method: string, params: unknown): Record<string, unknown> {
    if (!isRecord(params)) throw invalid(method, 'params must be an object')
    return params
  }
}

/**
 * A request handler that answers protocol errors as they are and turns any
 * other failure into a logged stack and a generic InternalError.
 */
export function guarded<R>(
  method: string,
  log: (message: string) => void,
  handler: (params: unknown, token: CancellationToken) => R | Promise<R>,
): (params: unknown, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token)
    } catch (error) {
      if (error instanceof ResponseError) throw error
      log(`${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
      throw new ResponseError(ErrorCodes.InternalError, `lessonlint could not answer ${method}; the server's log has the details`)
    }
  }
}
