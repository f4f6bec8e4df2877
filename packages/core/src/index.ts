// @lessonlint/core: parse a proposal into a model, run rules on it, report diagnostics; config and files.
export * from './types.js'
export * from './model/index.js'
export * from './text/index.js'
export * from './engine/index.js'
export * from './config/index.js'
export * from './files/index.js'
export * from './testing/index.js'
