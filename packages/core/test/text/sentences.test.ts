import {describe, expect, test} from 'vitest'
import {defineLexicon, splitSentences, topicEnd, type TextBlock} from '../../src/text/index.js'
import {blockFrom, rangeOfIn, sliceOf} from './helpers.js'

function sentencesOf(text: string, container: TextBlock['container'] = 'paragraph'): string[] {
  return splitSentences(blockFrom(text, container), rangeOfIn(text)).map((sentence) => sentence.text)
}

describe('splitting at sentence ends', () => {
  test('splits at . ! ? … followed by a capital, a digit, a quote or the end', () => {
    expect(
      sentencesOf(
        'The project runs for 24 months. Will it work? Yes! 40 per cent of trainees are women… "Decent work" is the aim. (See annex.) Done',
      ),
    ).toEqual([
      'The project runs for 24 months.',
      'Will it work?',
      'Yes!',
      '40 per cent of trainees are women…',
      '"Decent work" is the aim.',
      '(See annex.)',
      'Done',
    ])
  })

  test('keeps closing quotes and brackets with their sentence', () => {
    expect(sentencesOf('Trainers call it “learning by doing.” Coaching follows. (It is costed.) The end.')).toEqual([
      'Trainers call it “learning by doing.”',
      'Coaching follows.',
      '(It is costed.)',
      'The end.',
    ])
  })

  test('does not split before a lowercase word', () => {
    expect(sentencesOf('Workshops… and then coaching. Done.')).toEqual(['Workshops… and then coaching.', 'Done.'])
  })

  test.each([
    'Constituents, e.g. Trade unions and employers, join the board.',
    'The lead partner, i.e. The ministry, signs the agreement.',
    'It ratified the Work in Fishing Convention, 2007 (No. 188) in 2019.',
    'Conventions Nos. 97 and 143 apply.',
    'Dr. Mensah and Mr. Owusu and Ms. Boateng will attend.',
    'The ILO vs. IOM mandates differ.',
    'The course lasts approx. 5 days.',
    'Costs incl. Travel are covered.',
    'See art. 12 and para. 3 of the decree.',
    'See p. 4 and pp. 12–14.',
    'Migration to the U.S. And Canada is covered.',
    'Workers from the U.K. Are not covered.',
    'Rates rose by 1.2 per cent. And then fell.',
    // as notes abbreviate
    'A half-day gender eq. Session for county staff.',
    'Min. 5 delegates per session; max. 25 pax.',
  ])('does not split inside "%s" at an abbreviation or a decimal', (text) => {
    const sentences = sentencesOf(text)
    if (text.startsWith('Rates')) expect(sentences).toEqual(['Rates rose by 1.2 per cent.', 'And then fell.'])
    else expect(sentences).toEqual([text])
  })

  test('"No." is a number only before a number', () => {
    expect(sentencesOf('Convention No. 189 applies. The answer is no. Training follows.')).toEqual([
      'Convention No. 189 applies.',
      'The answer is no.',
      'Training follows.',
    ])
  })

  test('Spanish "núms." (números) before numbers ends no sentence', () => {
    expect(sentencesOf('Los Convenios núms. 181 y 189 orientan el módulo. Siguen las prácticas.')).toEqual([
      'Los Convenios núms. 181 y 189 orientan el módulo.',
      'Siguen las prácticas.',
    ])
  })

  test('"etc." ends a sentence only before a capitalised word', () => {
    expect(sentencesOf('Workshops, seminars, etc. are planned. Manuals, guides, etc. The ILO etc. ILO')).toEqual([
      'Workshops, seminars, etc. are planned.',
      'Manuals, guides, etc.',
      'The ILO etc. ILO',
    ])
  })

  test('numbering at the start of a block is not a sentence end', () => {
    expect(sentencesOf('1. Training of trainers. It starts in month 3.')).toEqual([
      '1. Training of trainers.',
      'It starts in month 3.',
    ])
    expect(sentencesOf('2.3. Coaching visits follow.')).toEqual(['2.3. Coaching visits follow.'])
    expect(sentencesOf('a. Tracer study')).toEqual(['a. Tracer study'])
  })

  test('a blank line inside a block ends a sentence', () => {
    expect(sentencesOf('Output 1.1 Regulations drafted\n\nOutput 1.2 Guidelines')).toEqual([
      'Output 1.1 Regulations drafted',
      'Output 1.2 Guidelines',
    ])
  })

  test('a single line break inside a paragraph is only a space', () => {
    expect(sentencesOf('The project will train\nlabour inspectors. It will\nalso coach them.')).toEqual([
      'The project will train\nlabour inspectors.',
      'It will\nalso coach them.',
    ])
  })

  test('drops empty and punctuation-only pieces', () => {
    expect(sentencesOf('  ')).toEqual([])
    expect(sentencesOf('—', 'table-cell')).toEqual([])
  })
})

describe('containers', () => {
  test('a heading is one sentence whatever its punctuation', () => {
    expect(sentencesOf('4. Monitoring. Evaluation! Learning', 'heading')).toEqual(['4. Monitoring. Evaluation! Learning'])
  })

  test('a short table cell is one sentence, a long one splits at sentence ends', () => {
    expect(sentencesOf('Gender specialist (50%)', 'table-cell')).toEqual(['Gender specialist (50%)'])
    expect(sentencesOf('Pre- and post-tests. A tracer survey after 6 months.', 'table-cell')).toEqual([
      'Pre- and post-tests.',
      'A tracer survey after 6 months.',
    ])
  })

  test('a list item splits like a paragraph', () => {
    const [first] = splitSentences(blockFrom('Coaching visits. Then a test.', 'list-item'), rangeOfIn('x'.repeat(40)))
    expect(first?.container).toBe('list-item')
    expect(first?.text).toBe('Coaching visits.')
  })
})

describe('ranges', () => {
  test('map through offsets when markup was removed, tight around trailing markup', () => {
    const source = '**Output 2.2.** Officials are [trained](https://ilo.org/x) by the *ITC-ILO*. Coaching \\*follows\\*.'
    const block = blockFrom(source)
    expect(block.text).toBe('Output 2.2. Officials are trained by the ITC-ILO. Coaching *follows*.')
    const sentences = splitSentences(block, rangeOfIn(source))
    expect(sentences.map((sentence) => sliceOf(source, sentence.range))).toEqual([
      'Output 2.2.',
      'Officials are [trained](https://ilo.org/x) by the *ITC-ILO*.',
      'Coaching \\*follows\\*.',
    ])
    expect(sentences[0]!.range.start).toEqual({line: 1, column: 3, offset: 2})
  })

  test('ranges of a block that starts further in the document', () => {
    const document = '# Title\n\nLine one. Line two.'
    const block = blockFrom('Line one. Line two.', 'paragraph', 9)
    const [, second] = splitSentences(block, rangeOfIn(document))
    expect(second!.range).toEqual({
      start: {line: 3, column: 11, offset: 19},
      end: {line: 3, column: 20, offset: 28},
    })
  })

  test('sentences keep the block’s section and container', () => {
    const section = {index: 0} as never
    const [sentence] = splitSentences({...blockFrom('A heading'), container: 'heading', section}, rangeOfIn('A heading'))
    expect(sentence!.section).toBe(section)
    expect(sentence!.container).toBe('heading')
  })
})

describe('a topic the sentence opens with', () => {
  const topicOf = (text: string) => {
    const end = topicEnd(text)
    return end === -1 ? null : text.slice(0, end)
  }

  test('ends at the comma after an opener that names what the sentence is about', () => {
    expect(topicOf("Quant à l'application de l'accord une fois signé, le projet s'arrête à sa négociation.")).toBe("Quant à l'application de l'accord une fois signé")
    expect(topicOf('As for the roll-out of the new code, the ministry will lead it.')).toBe('As for the roll-out of the new code')
    expect(topicOf('En cuanto a la difusión del protocolo, no está prevista.')).toBe('En cuanto a la difusión del protocolo')
    expect(topicOf("S’agissant de la formation des inspecteurs, elle relève du ministère.")).toBe('S’agissant de la formation des inspecteurs')
  })

  test('is none without an opener, with a word that only starts like one, or when the comma is a clause away', () => {
    expect(topicOf('The project will support the roll-out of the code, with two workshops.')).toBeNull()
    expect(topicOf('Concerningly, the decree has not been applied.')).toBeNull()
    expect(topicOf(`Regarding ${'the many steps of a long process that goes on and on '.repeat(3)}, nothing.`)).toBeNull()
  })
})

describe('bullets within a block', () => {
  test('open an item of their own, as a table cell\'s "<br>• …" lines are', () => {
    expect(sentencesOf('Total: USD 950,000. • Staff: 285,000 • Gender activities: 42,000')).toEqual(['Total: USD 950,000.', '• Staff: 285,000', '• Gender activities: 42,000'])
  })

  test('not a bullet-like sign inside a word or without a space after it', () => {
    expect(sentencesOf('The score rose from 3•4 to 5 in two years.')).toHaveLength(1)
  })
})

describe('a run-in title', () => {
  const titles = (source: string) => splitSentences(blockFrom(source, 'list-item'), rangeOfIn(source)).map((sentence) => sentence.titlesItsBlock === true)

  test('is a short phrase with no verb that opens its block before more text', () => {
    expect(titles('Gender strategy and expertise. To be frank, we do not have one yet.')).toEqual([true, false])
    expect(titles('**Partenaires et rôles.** Le ministère préside le comité.')).toEqual([true, false])
  })

  test('not a statement, a long phrase, nor a block of one sentence', () => {
    expect(titles('We will train inspectors. They will coach others.')).toEqual([false, false])
    expect(titles('Le projet est prêt. Il démarre en mars.')).toEqual([false, false])
    expect(titles('Training of trainers for labour inspectors in the four northern provinces. Ten trainers.')).toEqual([false, false])
    expect(titles('Gender strategy.')).toEqual([false])
  })
})

describe('a block labelled as turned down or put aside, as minutes record it', () => {
  const negatedOf = (source: string, term: string) => {
    const lexicon = defineLexicon(`minutes test ${term}`, {en: [term], fr: [term], es: [term]})
    return splitSentences(blockFrom(source), rangeOfIn(source)).flatMap((sentence) => sentence.find(lexicon, {includeNegated: true}).map((match) => match.negated))
  }

  test('states no plan, in any of its sentences', () => {
    expect(negatedOf('Not agreed: a mid-term evaluation, for reasons of cost.', 'mid-term evaluation')).toEqual([true])
    expect(negatedOf('Parked: a gender strategy. A consultant would write it if the ceiling rises.', 'consultant')).toEqual([true])
    expect(negatedOf('No hay acuerdo: sobre el diagnóstico de necesidades.', 'diagnóstico de necesidades')).toEqual([true])
    expect(negatedOf('Reporté : la révision de la liste des travaux dangereux.', 'liste des travaux dangereux')).toEqual([true])
  })

  test('and so does what a plan lists as left out', () => {
    expect(negatedOf('Not included in this phase: ITC-ILO courses; monthly coaching visits.', 'coaching visits')).toEqual([true])
    expect(negatedOf('Fuera del alcance: la formación de formadores.', 'formación de formadores')).toEqual([true])
    expect(negatedOf('Hors du champ : la révision du décret.', 'révision du décret')).toEqual([true])
    expect(negatedOf('Included in this phase: monthly coaching visits.', 'coaching visits')).toEqual([false])
  })

  test('not what was agreed', () => {
    expect(negatedOf('Agreed: a final independent evaluation in month 28.', 'independent evaluation')).toEqual([false])
    expect(negatedOf('The steering group parked the car: a mid-term evaluation is planned.', 'mid-term evaluation')).toEqual([false])
  })
})

describe('open items of a task list', () => {
  test('are told from ticked items and from the plan a list of unticked tasks sets out', async () => {
    const {buildModel} = await import('../../src/model/index.js')
    const model = buildModel('# P\n\n## Durabilité\n\n- [x] Contexte rédigé\n- [ ] À rédiger (@fatou.sow)\n- TODO confirm the union partner\n\nLe projet forme des apprentis.\n')
    expect(model.sentences({includeHeadings: false}).map((sentence) => [sentence.text, sentence.openTask])).toEqual([
      ['Contexte rédigé', false],
      ['À rédiger (@fatou.sow)', true],
      ['TODO confirm the union partner', true],
      ['Le projet forme des apprentis.', false],
    ])
  })
})
