// French messages of capacity-turnover: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Un volet de formation tient compte de la rotation du personnel et de la conservation des connaissances.',
  messages: {
    noRetention: {
      problem: 'La proposition prévoit des formations mais ne dit pas comment conserver les connaissances lorsque le personnel formé s’en va.',
      why: 'La rotation fréquente du personnel dans les institutions partenaires efface les acquis de la formation (évaluation 1379).',
      fix: 'Anticipez la rotation du personnel : formation de formateurs, gestion des connaissances (dossiers de passation, plateforme de connaissances), institutionnalisation des manuels et des lignes directrices, ou intégration du cours dans les dispositifs de formation propres aux partenaires.',
    },
  },
}
