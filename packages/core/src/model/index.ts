// The proposal model: one parse of a Markdown proposal, and the questions rules ask of it.

export {buildModel, type BuildModelOptions} from './model.js'
export type {ParsedDocument} from './reparse.js'
export {parseAmount} from './amount.js'
export {SECTION_KIND_PATTERNS, kindsOfTitle, stripNumbering} from './headings.js'
export {detectLanguage} from './language.js'
export {PROPOSAL_SECTION_THRESHOLD, proposalVerdict, type ProposalVerdict} from './proposal.js'
export {isPlaceholder, isRealHeading} from './sections.js'
