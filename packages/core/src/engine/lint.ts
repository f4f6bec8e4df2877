import {buildModel} from '../model/index.js'
import type {LintResult} from '../types.js'
import {lintModel, type LintOptions} from './run.js'

export interface LintTextOptions extends LintOptions {
  filePath?: string
}

/** Builds the document's model once (never throws) and lints it. */
export function lintText(text: string, options: LintTextOptions): LintResult {
  const model = buildModel(text, options.filePath === undefined ? {} : {filePath: options.filePath})
  return lintModel(model, options)
}
