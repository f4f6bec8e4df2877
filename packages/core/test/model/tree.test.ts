import {describe, expect, it} from 'vitest'

import {buildModel} from '../../src/index.js'

const TEXT = `# Skills for refugees

## Activities

The course covers:

- labour law
- **safety** at work

| Module | Hours |
|---|---|
| Labour law | 12 |

## Risks

None known.
`

const at = (needle: string) => TEXT.indexOf(needle)

describe('nodePathAt', () => {
  const model = buildModel(TEXT)

  it('gives the nodes holding an offset, root first, each with its parent and index', () => {
    const path = model.nodePathAt(at('safety'))
    expect(path.map(({node}) => node.type)).toEqual(['root', 'list', 'listItem', 'paragraph', 'strong', 'text'])
    const item = path[2]!
    expect(item.parent?.type).toBe('list')
    expect(item.index).toBe(1)
    expect(path[1]!.parent).toBe(model.tree)
    expect(path[1]!.index).toBe(model.tree.children.indexOf(path[1]!.node as never))
  })

  it('reaches table cells, and stops at the block between two children', () => {
    expect(model.nodePathAt(at('Labour law |')).map(({node}) => node.type)).toEqual(['root', 'table', 'tableRow', 'tableCell', 'text'])
    // The blank line after the first heading lies in the root only.
    expect(model.nodePathAt(at('## Activities') + '## Activities'.length + 1).map(({node}) => node.type)).toEqual(['root'])
    expect(model.nodePathAt(TEXT.length + 5)).toEqual([])
  })

  it('agrees with a walk of the whole tree at every offset', () => {
    type Node = {type: string; position?: {start: {offset?: number}; end: {offset?: number}}; children?: Node[]}
    const walk = (node: Node, offset: number, path: string[] = []): string[] => {
      const {start, end} = node.position ?? {start: {}, end: {}}
      if (start.offset === undefined || end.offset === undefined || offset < start.offset || offset >= end.offset) return path
      path.push(node.type)
      for (const child of node.children ?? []) walk(child, offset, path)
      return path
    }
    for (let offset = 0; offset <= TEXT.length; offset++) {
      expect(model.nodePathAt(offset).map(({node}) => node.type), `offset ${offset}`).toEqual(walk(model.tree as Node, offset))
    }
  })
})

describe('someNodeWithin', () => {
  const model = buildModel(TEXT)
  const activities = model.sectionsOf('activities')[0]
  const risks = model.sectionsOf('risks')[0]

  it('finds a node that starts within the range, nested or not', () => {
    expect(model.someNodeWithin(activities!.range, (node) => node.type === 'table')).toBe(true)
    expect(model.someNodeWithin(activities!.range, (node) => node.type === 'strong')).toBe(true)
    expect(model.someNodeWithin(risks!.range, (node) => node.type === 'list' || node.type === 'table')).toBe(false)
  })

  it('ignores a node that starts before the range even when the range lies inside it', () => {
    const inside = model.rangeOf(at('safety'), at('safety') + 3)
    expect(model.someNodeWithin(inside, (node) => node.type === 'listItem')).toBe(false)
    expect(model.someNodeWithin(inside, (node) => node.type === 'text')).toBe(true)
  })
})

describe('tableRowAt', () => {
  const text = '# P\n\n| A | B |\n|---|---|\n| one | 1 |\n| two | 2 |\n\nBetween.\n\n| C |\n|---|\n| three |\n'
  const model = buildModel(text)
  const cellOf = (offset: number) => model.tableRowAt(offset)?.cells[0]?.text

  it('gives the body row holding an offset, in any table, and null elsewhere', () => {
    expect(cellOf(text.indexOf('two'))).toBe('two')
    expect(cellOf(text.indexOf('2 |'))).toBe('two')
    expect(cellOf(text.indexOf('three'))).toBe('three')
    expect(model.tableRowAt(text.indexOf('Between'))).toBeNull()
    // The header row is no body row.
    expect(model.tableRowAt(text.indexOf('A |'))).toBeNull()
  })
})
