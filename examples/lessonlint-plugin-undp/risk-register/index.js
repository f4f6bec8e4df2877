// The risks section keeps a risk register: a table that rates each risk's
// likelihood and says how it is mitigated. An example of an organisation's own
// lesson written as a rule: it asks the proposal model (sections by kind,
// tables) and never parses the text itself.

/** Column headings that rate a risk, and that say what is done about it (English, French, Spanish). */
const RATING = /likelihood|probability|probabilit[ée]|probabilidad|impact|impacto/i
const RESPONSE = /mitigation|mitigating|response|att[ée]nuation|mesures?|mitigaci[óo]n|respuesta/i

/** @type {import('@lessonlint/core').Rule<'noRegister'>} */
const rule = {
  meta: {
    id: 'risk-register',
    summary: 'The risks section keeps a risk register: each risk with its likelihood or impact and its mitigation.',
    severity: 'warning',
    tags: ['risks', 'design'],
    lesson: 'Risks listed in prose without likelihood, impact and mitigation are not monitored; a register makes them reviewable at each steering committee.',
    sources: [{evaluation: 'Example lesson', title: 'An organisation\'s own evaluation lesson', seed: 'none'}],
    messages: {
      noRegister: {
        problem: 'The risks section has no risk register.',
        why: 'Risks without a rating and a mitigation measure are not monitored during implementation.',
        fix: 'Add a table with one row per risk: the risk, its likelihood or impact, and the mitigation measure.',
      },
    },
  },
  check(context) {
    const section = context.model.sectionsOf('risks')[0]
    // No risks section at all is required-sections' finding, not this rule's.
    if (!section) return context.explain({role: 'not-applicable', message: 'no risks section'})
    const register = context.model.tables.find((table) => {
      if (table.section !== section && table.section?.parent !== section) return false
      const header = table.header.cells.map((cell) => cell.text).join(' | ')
      return RATING.test(header) && RESPONSE.test(header)
    })
    if (register) return context.explain({role: 'satisfied-by', message: 'a risk register table', range: register.range})
    context.explain({role: 'missing', message: 'a table rating each risk and naming its mitigation', range: section.heading.range})
    context.report({messageId: 'noRegister', range: section.heading.range})
  },
}

export default rule
