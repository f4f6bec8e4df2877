// French messages of frontmatter: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const fr: RuleTranslation = {
  summary: 'L’en-tête YAML (front matter) est valide et ses clés connues ont les bons types et les bons codes.',
  messages: {
    yamlError: {
      problem: 'L’en-tête YAML n’est pas du YAML valide : {message}',
      why: 'Un en-tête YAML illisible est ignoré : aucune de ses clés (themes, components, duration, lessonlint.disable) ne s’applique.',
      fix: 'Corrigez la syntaxe YAML sur cette ligne (indentation, deux-points manquant, guillemet ou crochet non fermé).',
    },
    notString: {
      problem: '`{key}` doit être une valeur textuelle (valeur trouvée : {actual}).',
      why: 'Les outils lisent `{key}` comme du texte.',
      fix: 'Écrivez `{key}` sur une seule ligne de texte.',
    },
    notStringList: {
      problem: '`{key}` doit être une liste de valeurs textuelles (valeur trouvée : {actual}).',
      why: 'Les règles et les outils lisent `{key}` comme une liste de noms ; une valeur isolée ou une structure imbriquée risque d’être mal interprétée ou ignorée.',
      fix: 'Écrivez `{key}` sous forme de liste YAML, par exemple `{key}: [{example}]`.',
    },
    notPositiveInteger: {
      problem: '`{key}` doit être un nombre entier de mois supérieur à 0 (valeur trouvée : {actual}).',
      why: 'La durée détermine si les règles propres aux projets courts s’appliquent (impact-horizon recherche des jalons dans les projets de 24 mois ou moins).',
      fix: 'Indiquez la durée en mois sous forme de nombre, par exemple `{key}: 24`.',
    },
    notNonNegativeNumber: {
      problem: '`{key}` doit être un nombre supérieur ou égal à 0 (valeur trouvée : {actual}).',
      why: 'Les outils comparent et additionnent les montants du budget, ce qui est impossible avec du texte ou un montant négatif.',
      fix: 'Indiquez le montant sous forme de nombre simple, sans devise ni séparateurs, par exemple `{key}: 1500000`, et précisez la devise sous `currency`.',
    },
    unknownCountry: {
      problem: '`{value}` dans `{key}` n’est pas un code pays ISO 3166 alpha-2.',
      why: 'Les codes pays permettent de filtrer et de comparer les portefeuilles de projets ; les noms de pays et les codes à trois lettres ne sont pas reconnus.',
      fix: 'Utilisez le code à deux lettres{suggestion}.',
    },
    unknownCurrency: {
      problem: '`{value}` n’est pas un code de devise ISO 4217.',
      why: 'Les montants ne sont comparables que si leur devise est sans ambiguïté.',
      fix: 'Utilisez le code à trois lettres{suggestion}.',
    },
    unknownLanguage: {
      problem: '`{value}` n’est pas une langue prise en charge par lessonlint (en, fr, es).',
      why: 'La langue détermine les titres de section à compléter et la terminologie utilisés pour cette proposition.',
      fix: 'Écrivez `language: en`, `language: fr` ou `language: es`, ou supprimez la clé pour que lessonlint détecte la langue.',
    },
    notMapping: {
      problem: '`{key}` doit être un bloc de paires clé-valeur (valeur trouvée : {actual}).',
      why: 'Les paramètres placés sous `{key}` (comme `disable`) ne sont lus que dans un bloc de paires clé-valeur.',
      fix: 'Écrivez cette valeur sous forme de bloc imbriqué, par exemple `{key}:` puis `  disable: [itcilo-link]` à la ligne suivante.',
    },
  },
}
