// French messages of policy-implementation: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Le travail sur les politiques s’accompagne d’un appui à leur mise en œuvre : plan, déploiement, formation des autorités, diffusion ou suivi des lacunes.',
  messages: {
    noImplementationSupport: {
      problem: 'La proposition porte sur un instrument de politique mais ne prévoit aucun appui à sa mise en œuvre.',
      why: 'Sans appui à leur mise en œuvre, des politiques bien intentionnées risquent de rester lettre morte (évaluation finale du projet LMPP, 2009).',
      fix: 'Prévoyez comment la politique sera mise en pratique : un plan de mise en œuvre ou de déploiement, la formation des autorités chargées de l’appliquer, sa diffusion auprès des personnes concernées et le suivi des lacunes constatées dans la pratique.',
    },
  },
}
