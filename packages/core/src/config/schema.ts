// The config file's JSON Schema: the shipped one (rule list open, since rule ids
// come from the pack) and, for editors and docs, one with the pack's rules listed.
import {readFileSync} from 'node:fs'
import type {Rule} from '../types.js'

let shipped: Record<string, unknown> | undefined

/** `schema/lessonlint.schema.json` as shipped (`@lessonlint/core/schema.json`). */
export function baseConfigSchema(): Record<string, unknown> {
  // From src/config and from dist/config alike, the schema folder is two levels up.
  shipped ??= JSON.parse(readFileSync(new URL('../../schema/lessonlint.schema.json', import.meta.url), 'utf8')) as Record<
    string,
    unknown
  >
  return structuredClone(shipped)
}

/**
 * The schema with every rule of the pack listed under `rules` (with its summary as
 * description, its default severity, and its options schema), and unknown rule ids
 * refused: what an editor needs for completion and hovers.
 */
export function configSchema(rules: readonly Rule[]): Record<string, unknown> {
  const schema = baseConfigSchema()
  const definitions = schema['definitions'] as Record<string, Record<string, unknown>>
  const properties: Record<string, unknown> = {}
  for (const rule of rules) {
    const {id, summary, severity, optionsSchema, docsUrl} = rule.meta
    properties[id] = {
      description: `${summary} (default: ${severity})`,
      // VS Code shows markdownDescription over description, with the link clickable.
      ...(docsUrl ? {markdownDescription: `${summary} (default: \`${severity}\`)\n\n[Docs](${docsUrl})`} : {}),
      oneOf: [
        {$ref: '#/definitions/severity'},
        {
          type: 'array',
          items: [{$ref: '#/definitions/severity'}, optionsSchema ?? {type: 'object'}],
          minItems: 1,
          maxItems: 2,
        },
      ],
    }
  }
  definitions['rules'] = {
    ...definitions['rules'],
    properties,
    additionalProperties: false,
  }
  return schema
}
