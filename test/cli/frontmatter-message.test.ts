// The message a user reads when the front matter does not parse: the YAML
// parser's own words, then ours, as separate sentences (the parser's message
// ends without a full stop; the model adds one).
import {expect, test} from 'vitest'
import {lintText} from 'lessonlint'

import {lessonlint, tempProject} from './helpers.js'

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

test('front matter and a config with a key that is a list: no Node warning on stderr', () => {
  const proposal = '---\n? [a, b]\n: 1\ntitle: Skills\n---\n# Skills\n\nText.\n'
  const alone = tempProject({'proposal.md': proposal})
  const configured = tempProject({'proposal.md': proposal, '.lessonlintrc.yaml': '? [x]\n: 1\nrules: {}\n'})
  try {
    const run = lessonlint(['--format', 'json', 'proposal.md'], {cwd: alone.dir})
    expect(run.stderr).toBe('')
    expect(JSON.parse(run.stdout)[0].filePath).toContain('proposal.md')
    // The config's odd key is an error of its own, in one line.
    const withConfig = lessonlint(['--format', 'json', 'proposal.md'], {cwd: configured.dir})
    expect(withConfig.stderr).toBe('lessonlint: .lessonlintrc.yaml: [ x ]: unknown key\n')
    expect(withConfig.status).toBe(2)
  } finally {
    alone.cleanup()
    configured.cleanup()
  }
})
