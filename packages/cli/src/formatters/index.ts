import {compact} from './compact.js'
import {github} from './github.js'
import {gitlab} from './gitlab.js'
import {json} from './json.js'
import {junit} from './junit.js'
import {sarif} from './sarif.js'
import {stylish} from './stylish.js'
import type {Formatter, FormatterName} from './types.js'

export type {Formatter, FormatterContext, FormatterName, ReportedResult} from './types.js'
export type {JsonMessage, JsonResult} from './json.js'
export type {GitlabIssue} from './gitlab.js'

export const formatters: Readonly<Record<FormatterName, Formatter>> = Object.freeze({stylish, compact, json, sarif, github, gitlab, junit})

export function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(formatters, name)
}
