// The message a user reads when the front matter does not parse: the YAML
// parser's own words, then ours, as separate sentences (the parser's message
// ends without a full stop; the model adds one).
import {expect, test} from 'vitest'
import {lintText} from 'lessonlint'

test('a YAML syntax error and the sentences after it read as separate sentences', () => {
  const text = ['---', 'title: Quality Apprenticeships in Morocco', 'themes: [training, policy', 'duration_months: 48', '---', '# Quality Apprenticeships in Morocco', ''].join('\n')
  const messages = lintText(text, {filePath: 'proposal.md'})
    .diagnostics.filter((diagnostic) => diagnostic.ruleId === 'frontmatter')
    .map((diagnostic) => diagnostic.message)
  expect(messages).toEqual([
    'The front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]. ' +
      'A front matter block that does not parse is ignored, so none of its keys (themes, components, duration, lessonlint.disable) take effect. ' +
      'Correct the YAML syntax on this line (indentation, a missing colon, an unclosed quote or bracket).',
  ])
})
