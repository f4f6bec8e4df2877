import {describe, expect, it} from 'vitest'
import {buildModel} from '../../src/model/index.js'

const sentencesOf = (text: string) =>
  buildModel(text)
    .sentences({includeHeadings: false})
    .map((sentence) => [sentence.text, text.slice(sentence.range.start.offset, sentence.range.end.offset)])

describe('admonitions fenced with colons (documentation sites)', () => {
  it('reads the fences as markup and the title as a paragraph of its own', () => {
    const text = '## Sostenibilidad {#sostenibilidad}\n\n:::caution Sección en elaboración\nPor desarrollar tras el taller.\n:::\n\nOtro párrafo.\n'
    expect(sentencesOf(text)).toEqual([
      ['Sección en elaboración', 'Sección en elaboración'],
      ['Por desarrollar tras el taller.', 'Por desarrollar tras el taller.'],
      ['Otro párrafo.', 'Otro párrafo.'],
    ])
  })

  it('reads a title in brackets, fences alone in their paragraphs, and CRLF line endings', () => {
    const text = ':::tip[Why a union project?]\r\n\r\nUnions reach the installers.\r\n\r\n:::\r\n'
    expect(sentencesOf(text)).toEqual([
      ['Why a union project?', 'Why a union project?'],
      ['Unions reach the installers.', 'Unions reach the installers.'],
    ])
  })

  it("reads pandoc's fenced divs, and a heading right after the opening fence as the callout's title, not a section", () => {
    const text = '## Genre {#sec-genre}\n\n::: {.callout-warning}\n## À compléter\n\nLa stratégie sera rédigée au démarrage (TBD).\n:::\n\n## Budget\n\n::: note\nLes montants sont en euros.\n:::\n'
    const model = buildModel(text)
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Genre', 'Budget'])
    expect(sentencesOf(text)).toEqual([
      ['À compléter', 'À compléter'],
      ['La stratégie sera rédigée au démarrage (TBD).', 'La stratégie sera rédigée au démarrage (TBD).'],
      ['Les montants sont en euros.', 'Les montants sont en euros.'],
    ])
    expect(model.sentences({includeHeadings: false})[1]!.section?.heading.title).toBe('Genre')
  })

  it('keeps the heading of a pandoc div with an identifier and no class as a section: Quarto numbers it as one', () => {
    const text = '# Suivi {#sec-suivi}\n\nTexte.\n\n::: {#sec-risques}\n# Risques et hypothèses\n\nLe décret tarde.\n:::\n\n::: {#sec-note .callout-note}\n## Remarque\n\nUne note.\n:::\n'
    const model = buildModel(text)
    expect(model.sections.map((section) => section.heading.title)).toEqual(['Suivi', 'Risques et hypothèses'])
    expect(model.sectionsOf('risks').map((section) => section.heading.title)).toEqual(['Risques et hypothèses'])
  })

  it('keeps a heading that follows a fence closed or left with text', () => {
    const text = '::: {.callout-note}\nUne note.\n:::\n## Activités\n\nTexte.\n'
    expect(buildModel(text).sections.map((section) => section.heading.title)).toEqual(['Activités'])
  })

  it('reads the marker of a GitHub or Obsidian callout as markup and its title as a paragraph of its own', () => {
    const text = '## Pérennité\n\n> [!WARNING] Open question\n> Stratégie de sortie à rédiger après l’atelier.\n> Voir les notes.\n\n> [!NOTE]\n> Les montants sont indicatifs.\n\n> [!tip]- Pliée\n'
    expect(sentencesOf(text)).toEqual([
      ['Open question', 'Open question'],
      ['Stratégie de sortie à rédiger après l’atelier.', 'Stratégie de sortie à rédiger après l’atelier.'],
      ['Voir les notes.', 'Voir les notes.'],
      ['Les montants sont indicatifs.', 'Les montants sont indicatifs.'],
      ['Pliée', 'Pliée'],
    ])
  })

  it('leaves a quote that opens with a bracket of another kind as it is', () => {
    const text = '> [Comment] keep the list as it is\n> for now.\n'
    expect(sentencesOf(text).map(([sentence]) => sentence)).toEqual(['[Comment] keep the list as it is for now.'])
  })

  it('reads each line of a wiki property block as a field of its own', () => {
    const text = '# Page\n\nStatus:: Brouillon\nRéférente genre:: à désigner\r\nBailleur:: à confirmer\n\nRatio 3:1 in the\ngroups: a note.\n'
    expect(sentencesOf(text)).toEqual([
      ['Status:: Brouillon', 'Status:: Brouillon'],
      ['Référente genre:: à désigner', 'Référente genre:: à désigner'],
      ['Bailleur:: à confirmer', 'Bailleur:: à confirmer'],
      ['Ratio 3:1 in the groups: a note.', 'Ratio 3:1 in the\ngroups: a note.'],
    ])
  })

  it('reads the fields of a property block whatever its line breaks (an old Mac file breaks lines with "\\r" alone)', () => {
    const text = '# Page\r\rStatut:: Brouillon\rPoint focal genre:: à désigner\r'
    expect(sentencesOf(text).map(([sentence]) => sentence)).toEqual(['Statut:: Brouillon', 'Point focal genre:: à désigner'])
  })


  it('reads each entry of a definition list converted from AsciiDoc as a paragraph of its own, at its source', () => {
    const text = '## Socios\n\nCOPARDOM::\n  Identifica empresas formadoras. \nMinisterio de Medio Ambiente::\n\tCoautor de la estrategia.\r\nOIT:: Oficina de San José.\n'
    expect(sentencesOf(text)).toEqual([
      ['COPARDOM:: Identifica empresas formadoras.', 'COPARDOM::\n  Identifica empresas formadoras.'],
      ['Ministerio de Medio Ambiente:: Coautor de la estrategia.', 'Ministerio de Medio Ambiente::\n\tCoautor de la estrategia.'],
      ['OIT:: Oficina de San José.', 'OIT:: Oficina de San José.'],
    ])
    const paragraphs = buildModel(text).tree.children.filter((node) => node.type === 'paragraph')
    expect(paragraphs.map((node) => [node.position!.start.line, node.position!.end.line])).toEqual([[3, 4], [5, 6], [7, 7]])
  })

  it('leaves a paragraph whose lines are not their source (an escape) as one', () => {
    const text = 'COPARDOM::\n  Empresas \\& gremios\nOIT::\n  Oficina\n'
    expect(buildModel(text).sentences({includeHeadings: false})).toHaveLength(1)
  })
  it('leaves colons that open no admonition as text', () => {
    const text = '::: and then some\n\nRatio 3:1 in the groups.\n'
    expect(sentencesOf(text).map(([sentence]) => sentence)).toEqual(['::: and then some', 'Ratio 3:1 in the groups.'])
  })
})

describe('heading attributes', () => {
  it('are no part of the title: "## Genre {#genre}" is a gender section titled "Genre"', () => {
    const model = buildModel('## Genre {#genre}\n\nTexte.\n\n## Budget {#budget .wide}\n\nTexte.\n')
    expect(model.sections.map((section) => [section.heading.title, section.kinds])).toEqual([
      ['Genre', ['gender']],
      ['Budget', ['budget']],
    ])
  })
})
