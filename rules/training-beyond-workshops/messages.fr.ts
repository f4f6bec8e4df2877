// French messages of training-beyond-workshops: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Une formation dispensée sous forme d’ateliers ou de cours prévoit aussi un accompagnement, un mentorat ou un suivi.',
  messages: {
    workshopsOnly: {
      problem: 'La formation est dispensée sous forme d’ateliers, de séminaires ou de cours, sans accompagnement, mentorat, appui technique ni suivi.',
      why: 'Les connaissances acquises lors d’ateliers ponctuels s’estompent ; c’est l’accompagnement en situation de travail qui change les pratiques professionnelles (évaluation 1379).',
      fix: 'Prévoyez un appui après les sessions : visites d’accompagnement, mentorat, appui technique aux partenaires formés ou suivi en situation de travail, en précisant qui l’assure et à quelle fréquence.',
    },
  },
}
