import fc from 'fast-check'
import {describe, expect, test} from 'vitest'
import type {Lexicon} from '../../src/types.js'
import {compileLexicon, defineLexicon, documentLexicon, termPattern, type Hit} from '../../src/text/index.js'
import {foldText} from '../../src/text/lexicon.js'

/** The texts a lexicon finds in a string, as written. */
function found(lexicon: Lexicon, text: string): string[] {
  return compileLexicon(lexicon).hits(text).map((hit) => text.slice(hit.start, hit.end))
}

const terms = (...en: string[]) => defineLexicon('test', {en})

describe('defineLexicon', () => {
  test('keeps the name and the terms per language, trimmed', () => {
    const lexicon = defineLexicon('itcilo', {en: [' ITC-ILO ', 'Turin Centre'], fr: ['Centre de Turin']})
    expect(lexicon).toEqual({name: 'itcilo', terms: {en: ['ITC-ILO', 'Turin Centre'], fr: ['Centre de Turin']}})
  })

  test.each([
    ['gender.*budget', '"."'],
    ['tracer (study|survey)', '"("'],
    ['coach?ing', '"?"'],
    ['^gender', '"^"'],
    ['[Mm]entor', '"["'],
    ['a|b', '"|"'],
    ['train+', '"+"'],
    ['budget\\s', '"\\"'],
  ])('rejects the regular expression %s, naming the character', (term, char) => {
    expect(() => defineLexicon('gender-budget', {en: [term]})).toThrow(
      new RegExp(`Lexicon "gender-budget" \\(en\\): term ".*" contains ${char.replace(/[\\.()[?^|+]/gu, '\\$&')}`, 'u'),
    )
  })

  test('rejects a * that is not at the end of a word', () => {
    expect(() => defineLexicon('x', {en: ['men*tor']})).toThrow(/"\*" that is not at the end of a word/u)
    expect(() => defineLexicon('x', {en: ['*']})).toThrow(/not at the end of a word/u)
    expect(() => defineLexicon('x', {en: ['mentor* programme']})).not.toThrow()
  })

  test('rejects empty terms, terms without letters, empty lexicons, unknown languages, non-strings', () => {
    expect(() => defineLexicon('x', {en: ['  ']})).toThrow('Lexicon "x" (en): a term is empty.')
    expect(() => defineLexicon('x', {en: ['--']})).toThrow(/has no letter or digit/u)
    expect(() => defineLexicon('x', {})).toThrow('Lexicon "x" has no terms.')
    expect(() => defineLexicon('x', {en: []})).toThrow('Lexicon "x" has no terms.')
    expect(() => defineLexicon('x', {de: ['Ausbildung']} as never)).toThrow(/unknown language "de"/u)
    expect(() => defineLexicon('x', {en: [42]} as never)).toThrow(/terms must be strings/u)
    expect(() => defineLexicon('', {en: ['a']})).toThrow(/non-empty name/u)
  })

  test('a hand-written lexicon object is checked when it is compiled', () => {
    expect(() => compileLexicon({name: 'raw', terms: {en: ['gender.budget']}})).toThrow(/contains "\."/u)
  })

  test('compiles once per lexicon', () => {
    const lexicon = terms('coaching')
    expect(compileLexicon(lexicon)).toBe(compileLexicon(lexicon))
  })
})

describe('documentLexicon', () => {
  test('gives the same lexicon, compiled once, for the same name and terms, as the next lint of an edited document asks', () => {
    const first = documentLexicon('acronyms', {en: ['FKE', 'COTU'], fr: ['FKE', 'COTU']})
    const again = documentLexicon('acronyms', {en: ['FKE', 'COTU'], fr: ['FKE', 'COTU']})
    expect(again).toBe(first)
    expect(compileLexicon(again)).toBe(compileLexicon(first))
    expect(compileLexicon(first).hits('Members put forward by FKE and COTU.').map(({term}) => term)).toEqual(['FKE', 'COTU'])
  })

  test('other terms, other languages or another name make another lexicon', () => {
    const first = documentLexicon('acronyms', {en: ['FKE']})
    expect(documentLexicon('acronyms', {en: ['COTU']})).not.toBe(first)
    expect(documentLexicon('acronyms', {fr: ['FKE']})).not.toBe(first)
    expect(documentLexicon('other', {en: ['FKE']})).not.toBe(first)
    expect(documentLexicon('acronyms', {en: ['FKE']})).toBe(first)
  })

  test('checks its terms as defineLexicon does', () => {
    expect(() => documentLexicon('acronyms', {en: ['FKE-K']})).not.toThrow()
    expect(() => documentLexicon('acronyms', {en: ['(FKE)']})).toThrow(/contains "\("/u)
  })
})

describe('term syntax', () => {
  test('is case-insensitive', () => {
    expect(found(terms('itc-ilo'), 'The ITC-ILO and the Itc-Ilo.')).toEqual(['ITC-ILO', 'Itc-Ilo'])
  })

  test('is accent-insensitive both ways, without moving offsets', () => {
    const french = defineLexicon('eval', {fr: ['évaluation finale']})
    expect(found(french, 'Une evaluation finale et une ÉVALUATION FINALE.')).toEqual([
      'evaluation finale',
      'ÉVALUATION FINALE',
    ])
    const plain = defineLexicon('genre', {fr: ['egalite de genre']})
    const text = 'La stratégie d’égalité de genre du projet.'
    const hits = compileLexicon(plain).hits(text)
    expect(hits).toEqual([{start: 15, end: 31, term: 'egalite de genre'}])
    expect(text.slice(15, 31)).toBe('égalité de genre')
  })

  test('folding keeps every offset: one UTF-16 unit in, one out', () => {
    const text = 'İstanbul ÉVALUATION Łódź ’s ß Øresund 😀 Ωmega'
    expect(foldText(text)).toBe("istanbul evaluation lodz 's ß oresund 😀 ωmega")
    expect(foldText(text)).toHaveLength(text.length)
  })

  test('accents are folded in inflected forms too', () => {
    expect(found(defineLexicon('fr', {fr: ['prevu']}), 'prévu, prévue, PRÉVUES')).toEqual(['prévu', 'prévue', 'PRÉVUES'])
  })

  test('accepts decomposed accents (a letter followed by a combining mark)', () => {
    const decomposed = 'une e\u0301valuation'
    expect(found(defineLexicon('eval', {fr: ['évaluation']}), decomposed)).toEqual(['e\u0301valuation'])
  })

  test('keeps the marks of the last letter inside the match, and finds later words at their own offsets', () => {
    const text = 'Une formation de forme\u0301s, puis ❤\uFE0F un comite\u0301 de suivi.'
    const hits = compileLexicon(defineLexicon('mixed', {fr: ['formé', 'comité', 'suivi']})).hits(text)
    expect(hits.map((hit) => text.slice(hit.start, hit.end))).toEqual(['forme\u0301s', 'comite\u0301', 'suivi'])
  })

  test('matches whole words only', () => {
    expect(found(terms('train'), 'Restraint and constraint; strain.')).toEqual([])
    expect(found(terms('ILO'), 'The ILO, ILO-IPEC, the ITC-ILO; PILOT; silo.')).toEqual(['ILO', 'ILO', 'ILO'])
    expect(found(terms('men'), 'Women and men; mentors.')).toEqual(['men'])
  })

  test('word boundaries are Unicode letters and digits', () => {
    expect(found(terms('ILO'), 'ILO2 and 2ILO and ILOλ, ILOж, but (ILO) and «ILO».')).toEqual(['ILO', 'ILO'])
  })

  test('matches English inflections: s, es, \'s, ’s, y→ies, ed, d, ing, e-drop', () => {
    expect(found(terms('workshop'), 'workshops, workshop’s, workshop\'s')).toEqual([
      'workshops',
      'workshop’s',
      "workshop's",
    ])
    expect(found(terms('coach'), 'coaches, coached, coaching')).toEqual(['coaches', 'coached', 'coaching'])
    expect(found(terms('tracer study'), 'two tracer studies')).toEqual(['tracer studies'])
    expect(found(terms('manage'), 'managed, manages, managing')).toEqual(['managed', 'manages', 'managing'])
    expect(found(terms('gender'), 'gendered analysis')).toEqual(['gendered'])
  })

  test('a word written with a plain final e takes no second e; one ending in é does', () => {
    // French "cible" (a target) is not "ciblées" (targeted), though both fold to "cible…"; English "trade" is never "tradees".
    expect(found(defineLexicon('fr', {fr: ['cible']}), 'des cibles ; des sessions ciblées, une action ciblée')).toEqual(['cibles'])
    expect(found(terms('trade'), 'trades, traded, tradees, tradeed, trading')).toEqual(['trades', 'traded', 'trading'])
    expect(found(defineLexicon('fr', {fr: ['formé']}), 'formé, formés, formée, formées')).toEqual(['formé', 'formés', 'formée', 'formées'])
  })

  test('keeps inflections tight: no other suffixes', () => {
    expect(found(terms('train'), 'trainer, trainee, trainable, trainings')).toEqual([])
    expect(found(terms('mentor'), 'mentorship, mentorat')).toEqual([])
    expect(found(terms('manage'), 'management, manager')).toEqual([])
  })

  test('matches French inflections: e, s, es, x', () => {
    const french = defineLexicon('fr', {fr: ['formateur', 'bénéficiaire', 'bureau', 'égal', 'genre']})
    expect(found(french, 'des formateurs, une bénéficiaire, les bureaux, égale, égales, genres')).toEqual([
      'formateurs',
      'bénéficiaire',
      'bureaux',
      'égale',
      'égales',
      'genres',
    ])
  })

  test('does not infer irregular French plurals: a lexicon lists "sociaux" itself', () => {
    expect(found(defineLexicon('fr', {fr: ['partenaire social']}), 'les partenaires sociaux')).toEqual([])
    expect(found(defineLexicon('fr', {fr: ['partenaires sociaux']}), 'les partenaires sociaux')).toEqual([
      'partenaires sociaux',
    ])
  })

  test('a trailing * makes a word a prefix', () => {
    expect(found(terms('mentor*'), 'mentoring, mentors, mentorship; tormentor')).toEqual([
      'mentoring',
      'mentors',
      'mentorship',
    ])
    expect(found(terms('gender-responsiv* budget*'), 'gender-responsive budgeting')).toEqual([
      'gender-responsive budgeting',
    ])
  })

  test('words are separated by any whitespace, hyphens, dashes, or nothing', () => {
    const pretest = terms('pre-test')
    expect(found(pretest, 'pre-test, pre test, pretest, pre–test, pre\u00a0test, PRE-TESTS')).toEqual([
      'pre-test',
      'pre test',
      'pretest',
      'pre–test',
      'pre\u00a0test',
      'PRE-TESTS',
    ])
    expect(found(terms('pretest'), 'pre-test')).toEqual([])
    expect(found(terms('pre test'), 'pre-test and pretest')).toEqual(['pre-test', 'pretest'])
    expect(found(terms('training of trainers'), 'a training-of-trainers course; training\nof  trainers')).toEqual([
      'training-of-trainers',
      'training\nof  trainers',
    ])
  })

  test("' and ’ are the same character", () => {
    expect(found(terms("workers' organisation"), 'workers’ organisations')).toEqual(['workers’ organisations'])
    expect(found(terms('women’s empowerment'), "women's empowerment")).toEqual(["women's empowerment"])
  })

  test('& matches &, and, et', () => {
    const me = terms('M&E')
    expect(found(me, 'M&E, M & E, M and E, m et e')).toEqual(['M&E', 'M & E', 'M and E', 'm et e'])
    expect(found(terms('monitoring & evaluation'), 'Monitoring and Evaluation')).toEqual(['Monitoring and Evaluation'])
  })

  test('and / et in a term also match & (one connector)', () => {
    expect(found(terms('monitoring and evaluation'), 'Monitoring & Evaluation')).toEqual(['Monitoring & Evaluation'])
  })

  test('other characters are literal', () => {
    expect(found(terms('% women'), '30% women, 30 women')).toEqual(['% women'])
    expect(found(terms('m/f'), 'by m/f; M/F')).toEqual(['m/f', 'M/F'])
    expect(found(terms('C189'), 'C189 and C.189')).toEqual(['C189'])
  })

  test('a term written in capitals matches only where the text writes it in capitals, inflected or not', () => {
    expect(found(terms('ILS'), 'Ils couvriront les ILS ; ils, Ils, ILSs')).toEqual(['ILS', 'ILSs'])
    expect(found(terms('NGO'), 'local NGOs, an ngo, the Ngo')).toEqual(['NGOs'])
    expect(found(terms('ITC-ILO'), 'the ITC ILO, itc-ilo, ÍTC-ILO')).toEqual(['ITC ILO', 'ÍTC-ILO'])
    // One capital is a word's first letter, not an acronym; a lower-case letter makes a name.
    expect(found(terms('Turin', 'CNP-Guinée'), 'TURIN and turin, the cnp-guinée')).toEqual(['TURIN', 'turin', 'cnp-guinée'])
    // Another term can still match where the acronym is not written so.
    expect(found(terms('ILS', 'ils couvriront'), 'Ils couvriront')).toEqual(['Ils couvriront'])
    // "M&E" is also "M and E", whose connector is no capital.
    expect(found(terms('M&E'), 'M and E, m&e')).toEqual(['M and E', 'm&e'])
  })

  test('an abbreviation with dots between its initials matches as written, with no inflection', () => {
    expect(found(terms('CC.OO'), 'las CC.OO. y UGT; ccoo, CC OO, CC.OOs')).toEqual(['CC.OO'])
    expect(found(terms('EE.UU'), 'Desde EE.UU., la AECID')).toEqual(['EE.UU'])
    expect(found(terms('dirigentes de las CC.SS'), 'para dirigentes de las CC.SS. y de CONFIEP')).toEqual(['dirigentes de las CC.SS'])
  })

  test('refuses any other dot: a term is not a regular expression', () => {
    expect(() => terms('gender.budget')).toThrow(/contains "\."/u)
    expect(() => terms('CC.OO.')).toThrow(/contains "\."/u)
    expect(() => terms('.OO')).toThrow(/contains "\."/u)
  })

  test('terms of every language are matched in every text', () => {
    const lexicon = defineLexicon('tot', {
      en: ['training of trainers'],
      fr: ['formation de formateurs'],
      es: ['formación de formadores'],
    })
    expect(found(lexicon, 'Training of trainers; formation de formateurs; formación de formadores.')).toEqual([
      'Training of trainers',
      'formation de formateurs',
      'formación de formadores',
    ])
  })

  test('the longest match wins where terms overlap, one match per span', () => {
    const lexicon = terms('training', 'training of trainers', 'trainers', 'gender', 'gender budget line')
    const hits = compileLexicon(lexicon).hits('A training of trainers and a gender budget line for training.')
    expect(hits.map((hit) => hit.term)).toEqual(['training of trainers', 'gender budget line', 'training'])
  })

  test('the longest match wins even when a shorter term starts earlier', () => {
    const lexicon = terms('capacity', 'building capacities of trainers')
    const hits = compileLexicon(lexicon).hits('Capacity building capacities of trainers.')
    expect(hits.map((hit) => hit.term)).toEqual(['capacity', 'building capacities of trainers'])
    const overlapping = terms('gender budget', 'budget line for gender experts')
    expect(compileLexicon(overlapping).hits('the gender budget line for gender experts')).toEqual([
      {start: 11, end: 41, term: 'budget line for gender experts'},
    ])
  })

  test('the longest match wins at one start when the longer term ends in a symbol', () => {
    const convention = defineLexicon('test', {en: ['Convention'], fr: ['convention n°']})
    expect(compileLexicon(convention).hits('la convention n° 181 et la Convention 97')).toEqual([
      {start: 3, end: 16, term: 'convention n°'},
      {start: 27, end: 37, term: 'Convention'},
    ])
    // Both orders of definition, and a word-ending term longer than the symbol-ending one.
    expect(found(terms('workers’', 'workers'), 'the workers’ union')).toEqual(['workers’'])
    expect(found(terms('workers’', "workers' union"), 'the workers’ union')).toEqual(['workers’ union'])
  })
})

/**
 * What a lexicon finds by its definition: at each place a term can start (a word start, or its
 * own first symbol), the first term, longest first, whose regular expression (`termPattern`)
 * matches there, followed by no word character when it ends in a word; of overlapping hits the
 * longest (the earlier on a tie). The matcher walks term forms instead of compiling these.
 */
function byDefinition(terms: readonly string[], text: string): Hit[] {
  const wordsIn = (term: string) => term.trim().split(/[\s\-\u2010-\u2015]+/u).flatMap((word) => word.split(/(&)/u)).filter(Boolean).length
  const sorted = [...new Set(terms.map((term) => term.trim()))].sort((a, b) => wordsIn(b) - wordsIn(a) || b.length - a.length)
  const endsWithWord = (term: string) => /[\p{L}\p{N}*]$/u.test(term)
  const alternation = (list: string[], bounded: boolean) =>
    list.length === 0 ? null : new RegExp(`(?:${list.map((term) => `(${termPattern(term)})`).join('|')})${bounded ? '(?![\\p{L}\\p{N}\\p{M}])' : ''}`, 'uy')
  const byWord = sorted.filter(endsWithWord)
  const bySymbol = sorted.filter((term) => !endsWithWord(term))
  const groups = [{terms: byWord, bounded: true}, {terms: bySymbol, bounded: false}]
  const inCapitals = (term: string) => !/\p{Ll}|&/u.test(term) && (term.match(/\p{Lu}/gu)?.length ?? 0) >= 2
  const lettersFrom = (string: string, start: number) => string.slice(start).normalize('NFD').replace(/[^\p{L}\p{N}]/gu, '')
  const folded = foldText(text)
  // A term opening with a connector ("and", "et", "&") can start at an "&".
  const opening = (term: string) => (/^(?:&|and|et)(?![\p{L}\p{N}])/u.test(foldText(term)) ? '&' : foldText(term)[0]!)
  const symbols = new Set(sorted.map(opening).filter((char) => !/[\p{L}\p{N}]/u.test(char)))
  const found: Hit[] = []
  const wordStart = /(?<![\p{L}\p{N}\p{M}])[\p{L}\p{N}]/uy
  for (let start = 0; start < folded.length; start += folded.codePointAt(start)! > 0xffff ? 2 : 1) {
    wordStart.lastIndex = start
    if (!wordStart.test(folded) && !symbols.has(folded[start]!)) continue
    let best: Hit | undefined
    // A term in capitals is a candidate only where the text writes its letters so.
    const eligible = (list: string[]) => list.filter((term) => !inCapitals(term) || lettersFrom(text, start).startsWith(lettersFrom(term, 0)))
    for (const {terms: all, bounded} of groups) {
      const list = eligible(all)
      const regex = alternation(list, bounded)
      if (!regex) continue
      regex.lastIndex = start
      const match = regex.exec(folded)
      if (!match) continue
      const hit = {start, end: start + match[0].length, term: list[match.findIndex((group, i) => i > 0 && group !== undefined) - 1]!}
      if (!best || hit.end > best.end) best = hit
    }
    if (best) found.push(best)
  }
  const kept: Hit[] = []
  for (const hit of [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((other) => hit.start < other.end && other.start < hit.end)) kept.push(hit)
  }
  return kept.sort((a, b) => a.start - b.start)
}

describe("the matcher finds what the terms' regular expressions define", () => {
  // Few letters, so that terms and texts collide often: inflections, prefixes, connectors,
  // symbols, separators of every kind, and words running into each other.
  const termWord = fc.constantFrom('a', 'ab', 'abe', 'by', 'bay', 'be', 'ba*', 'b*', 'ed', 'sing', 'n°', '%', '&', 'and', 'et', "a's", 'x', 'a.b', 'AB', 'BY', 'A.B', 'bé')
  const term = fc
    .array(termWord, {minLength: 1, maxLength: 4})
    .map((words) => words.join(' '))
    .filter((candidate) => /[\p{L}\p{N}]/u.test(candidate) && !/^\*|\s\*/u.test(candidate))
  const textPiece = fc.constantFrom(
    'a', 'b', 'e', 'y', 's', 'i', 'n', 'g', 'd', 'x', 'ab', 'ba', 'abe', 'bay', 'be', 'sing', 'by', 'bies', 'bing', 'ing', 'es', 'ed', "'s", '’s', 'n°', '%', '&', 'a.b', 'a.ba',
    'and', 'et', ' ', '  ', '-', '\u00a0', '–', '\n', '.', ',', 'Á', 'B', 'É', 'ß', '2', '\u0301', '😀', '𝐀', 'AB', 'BY', 'Ab',
  )
  const text = fc.array(textPiece, {maxLength: 40}).map((pieces) => pieces.join(''))

  test('on random lexicons and texts', () => {
    fc.assert(
      fc.property(fc.array(term, {minLength: 1, maxLength: 6}), text, (terms, sample) => {
        // Combining marks are dropped before matching (tested above), which the definition does not model.
        const plain = sample.replace(/\p{M}/gu, '')
        const hits = compileLexicon(defineLexicon('random', {en: terms})).hits(plain)
        expect(hits).toEqual(byDefinition(terms, plain))
      }),
      {numRuns: 1000, seed: 2026_12_03},
    )
  })

  test('a prefix or an inflection gives back what the next word needs', () => {
    expect(found(terms('ba* ab'), 'baab, banab')).toEqual(['baab', 'banab'])
    expect(found(terms('ab ed'), 'abed, abeded')).toEqual(['abed', 'abeded'])
  })

  test('the definition is what the examples above say', () => {
    const lexicon = ['training', 'training of trainers', 'M&E', 'mentor*', 'convention n°', 'Convention', '% women', 'study']
    const sample = 'A training-of-trainers course, M and E, mentorship; la convention n° 181, 30% women, two studies.'
    expect(byDefinition(lexicon, sample).map((hit) => sample.slice(hit.start, hit.end))).toEqual([
      'training-of-trainers',
      'M and E',
      'mentorship',
      'convention n°',
      '% women',
      'studies',
    ])
    expect(compileLexicon(defineLexicon('examples', {en: lexicon})).hits(sample)).toEqual(byDefinition(lexicon, sample))
  })
})
