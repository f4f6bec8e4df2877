// French messages of gender-budget: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'Le budget comporte une ligne financée consacrée au genre, ou le texte affecte au genre un montant ou une part du budget.',
  messages: {
    noBudget: {
      problem: 'La proposition ne comporte pas de budget : rien n’est donc affecté à l’égalité de genre.',
      why: 'L’absence de budget consacré au genre a freiné les résultats en matière d’égalité de genre (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Ajoutez une section budgétaire comprenant une ligne pour l’expertise en matière de genre, la formation au genre et les activités spécifiques au genre.',
    },
    noGenderLine: {
      problem: 'Le budget ne comporte aucune ligne pour les activités d’égalité de genre, et le texte n’y affecte ni montant ni part du budget.',
      why: 'L’absence de budget consacré au genre a freiné les résultats en matière d’égalité de genre (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Ajoutez une ligne budgétaire pour l’expertise en matière de genre, la formation au genre et les activités spécifiques au genre, ou indiquez le montant ou la part du budget qui leur est réservé.',
    },
    unfundedLine: {
      problem: 'La ligne consacrée au genre « {item} » n’indique aucun montant ({amount}).',
      why: 'Une ligne consacrée au genre sans crédits ne constitue pas un budget genre (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Chiffrez le coût des activités liées au genre et saisissez le montant dans cette cellule.',
    },
    unfundedItem: {
      problem: 'Le poste budgétaire « {item} » consacré au genre n’indique aucun montant.',
      why: 'Une ligne consacrée au genre sans crédits ne constitue pas un budget genre (évaluation de l’OIT 1379, leçon 181142).',
      fix: 'Chiffrez le coût des activités liées au genre et indiquez le montant sur cette ligne.',
    },
  },
  fixTitles: {
    addGenderLine: 'Ajouter une ligne consacrée au genre dans le tableau budgétaire',
  },
}
