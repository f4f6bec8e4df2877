// An example plugin: the rules and presets of one organisation, under its
// prefix. In a config: {"plugins": ["lessonlint-plugin-undp"], "extends":
// ["lessonlint:recommended", "undp:recommended"]}, or configure the rule as
// "undp/risk-register".
import riskRegister from './risk-register/index.js'

/** @type {import('@lessonlint/core').Plugin} */
export default {
  name: 'undp',
  rules: [riskRegister],
  presets: {
    recommended: {rules: {'undp/risk-register': 'warning'}},
  },
}
