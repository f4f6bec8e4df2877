// Where in a config file a ConfigError points, so the editor can underline it.
// The core's messages say `<file>:<line>:<column>: invalid JSON|YAML ...` for
// syntax errors and carry a key path (`rules.gender-budgt`, `overrides[0].files`)
// for content errors.

import {basename, extname} from 'node:path'
import {findNodeAtLocation, parseTree, type Node as JsonNode} from 'jsonc-parser'
import {isMap, isScalar, isSeq, parseDocument, type Node as YamlNode} from 'yaml'

/** 0-based offsets into the config file text; or a 1-based line and column from a syntax error. */
export type ConfigErrorPlace = {kind: 'offsets'; start: number; end: number} | {kind: 'lineColumn'; line: number; column: number}

function keySegments(keyPath: string): Array<string | number> {
  const segments: Array<string | number> = []
  for (const match of keyPath.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    if (match[1] !== undefined) segments.push(Number(match[1]))
    else if (match[2] !== undefined) segments.push(match[2])
  }
  return segments
}

function isYamlFile(file: string): boolean {
  const extension = extname(file).toLowerCase()
  return extension === '.yaml' || extension === '.yml'
}

function jsonPlace(text: string, segments: Array<string | number>): ConfigErrorPlace | null {
  const root = parseTree(text, [], {allowTrailingComma: true, disallowComments: false})
  if (!root) return null
  // The deepest node that exists: an unknown key exists, a missing one does not.
  for (let length = segments.length; length >= 0; length--) {
    const node: JsonNode | undefined = findNodeAtLocation(root, segments.slice(0, length))
    if (!node) continue
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined
    const target = key ?? node
    // A whole object or array would underline half the file: its first line is enough.
    const end = target.type === 'object' || target.type === 'array' ? target.offset + 1 : target.offset + target.length
    return {kind: 'offsets', start: target.offset, end}
  }
  return null
}

function yamlPlace(text: string, segments: Array<string | number>): ConfigErrorPlace | null {
  const document = parseDocument(text)
  let node: unknown = document.contents
  let place: [number, number] | undefined
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment))
      if (!pair) break
      const key = pair.key as YamlNode
      if (key.range) place = [key.range[0], key.range[1]]
      node = pair.value
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as YamlNode | undefined
      if (!item) break
      if (item.range) place = [item.range[0], item.range[1]]
      node = item
    } else {
      break
    }
  }
  return place ? {kind: 'offsets', start: place[0], end: place[1]} : null
}

/** The place of a ConfigError in the text of `file`, or null when it cannot be told. */
export function locateConfigError(file: string, text: string, message: string, keyPath: string | undefined): ConfigErrorPlace | null {
  const syntax = /:(\d+):(\d+): invalid (?:JSON|YAML)/.exec(message)
  if (syntax) return {kind: 'lineColumn', line: Number(syntax[1]), column: Number(syntax[2])}
  if (keyPath === undefined || keyPath === '') return null
  const segments = keySegments(keyPath)
  if (isYamlFile(file)) return yamlPlace(text, segments)
  if (extname(file).toLowerCase() === '.json' || basename(file) === '.lessonlintrc') return jsonPlace(text, segments)
  return null
}
