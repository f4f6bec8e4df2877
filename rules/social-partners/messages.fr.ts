// French messages of social-partners: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Les organisations de travailleurs (syndicats) comme les organisations d’employeurs ont un rôle dans le projet.',
  messages: {
    missingBoth: {
      problem: 'Ni les organisations de travailleurs (syndicats) ni les organisations d’employeurs n’ont de rôle dans le projet.',
      why: 'Sans les partenaires sociaux, le projet n’est pas tripartite et aucun mandant ne prend ensuite le relais de ce qu’il a construit (évaluation 1379 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Nommez les syndicats et les organisations d’employeurs associés au projet et précisez le rôle de chacun : comité de pilotage, mise en œuvre, sensibilisation, suivi.',
    },
    missingWorkers: {
      problem: 'Aucune organisation de travailleurs (syndicat) n’a de rôle dans le projet ; seules des organisations d’employeurs y sont associées.',
      why: 'Les syndicats atteignent les travailleurs et parlent en leur nom ; les tenir à l’écart rompt le tripartisme (évaluation 1379 ; Conseil du CIF-OIT, CC 82/3).',
      fix: 'Nommez les syndicats ou organisations de travailleurs associés au projet et attribuez un rôle à chacun : comité de pilotage, sensibilisation, représentation, suivi.',
    },
    missingEmployers: {
      problem: 'Aucune organisation d’employeurs n’a de rôle dans le projet ; seules des organisations de travailleurs y sont associées.',
      why: 'Les organisations d’employeurs atteignent les entreprises dont les pratiques doivent changer ; les tenir à l’écart rompt le tripartisme (Conseil du CIF-OIT, CC 82/3 ; évaluation 2009).',
      fix: 'Nommez les organisations d’employeurs associées au projet (fédérations, associations, chambres) et attribuez un rôle à chacune : comité de pilotage, sensibilisation des entreprises, validation, suivi.',
    },
  },
}
