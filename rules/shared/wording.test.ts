import {describe, expect, test} from 'vitest'

import {listIn} from './wording.js'

describe('listIn', () => {
  test('joins with the conjunction of the writer\'s language, without a serial comma', () => {
    expect(listIn('en', ['budget', 'risks', 'sustainability'])).toBe('budget, risks and sustainability')
    expect(listIn('fr', ['budget', 'risques', 'durabilité'])).toBe('budget, risques et durabilité')
    expect(listIn('es', ['presupuesto', 'riesgos', 'sostenibilidad'])).toBe('presupuesto, riesgos y sostenibilidad')
  })

  test('one item stands alone; none gives nothing', () => {
    expect(listIn('fr', ['budget'])).toBe('budget')
    expect(listIn('en', [])).toBe('')
  })
})
