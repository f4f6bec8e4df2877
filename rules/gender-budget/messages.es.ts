// Spanish messages of gender-budget: the same ids and {placeholders} as the English in index.ts.
import type {RuleTranslation} from '@lessonlint/core'

export const es: RuleTranslation = {
  summary: 'El presupuesto incluye una partida de género con fondos, o el texto asigna a género un monto o una parte del presupuesto.',
  messages: {
    noBudget: {
      problem: 'La propuesta no tiene presupuesto, por lo que no asigna nada a la igualdad de género.',
      why: 'La falta de un presupuesto de género frenó los resultados en materia de igualdad de género (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Agregue una sección de presupuesto con una partida para la asesoría especializada en género, la formación en género y las actividades específicas de género.',
    },
    noGenderLine: {
      problem: 'El presupuesto no tiene ninguna partida para el trabajo en igualdad de género, y el texto no le asigna ningún monto ni porcentaje.',
      why: 'La falta de un presupuesto de género frenó los resultados en materia de igualdad de género (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Agregue una partida para la asesoría especializada en género, la formación en género y las actividades específicas de género, o indique el monto o la parte del presupuesto que se reserva para ellas.',
    },
    unfundedLine: {
      problem: 'La partida de género “{item}” no tiene monto ({amount}).',
      why: 'Una partida de género sin dinero no es un presupuesto de género (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Calcule el costo del trabajo de género e indique el monto en esta celda.',
    },
    unfundedItem: {
      problem: 'La partida “{item}” para el trabajo de género no indica ningún monto.',
      why: 'Una partida de género sin dinero no es un presupuesto de género (evaluación de la OIT 1379, enseñanza 181142).',
      fix: 'Calcule el costo del trabajo de género y escriba el monto en esta línea.',
    },
  },
  fixTitles: {
    addGenderLine: 'Agregar una partida de género a la tabla del presupuesto',
  },
}
