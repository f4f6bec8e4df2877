// Small proposals with known findings under CONFIG, which runs four rules only so that
// each document raises a small, stable set of diagnostics.

/** required-sections (error, fixable), evaluation-plan (warning), participatory-monitoring (info), frontmatter (error). */
export const CONFIG = JSON.stringify(
  {
    extends: [],
    rules: {
      'required-sections': 'error',
      'evaluation-plan': 'warning',
      'participatory-monitoring': 'info',
      frontmatter: 'error',
    },
  },
  null,
  2,
)

/** Only objectives: required-sections (fixable) and evaluation-plan, both at the title. */
export const WATER = '# Water for all\n\n## Objectives\n\nImprove access to safe water in 40 villages.\n'

/** What `--fix` makes of WATER: the missing sections appended as skeletons. */
export const WATER_FIXED =
  WATER +
  '\n## Outputs and activities\n\n<!-- TODO: write this section. -->\n' +
  '\n## Budget\n\n<!-- TODO: write this section. -->\n' +
  '\n## Monitoring and evaluation\n\n<!-- TODO: write this section. -->\n' +
  '\n## Risks and assumptions\n\n<!-- TODO: write this section. -->\n' +
  '\n## Sustainability and exit strategy\n\n<!-- TODO: write this section. -->\n'

/** Every required section and an evaluation; only participatory-monitoring (info) at the M&E heading, line 17. */
export const ROADS = `# Rural roads

## Objectives

Better roads for market access.

## Activities

Build and maintain 30 km of feeder roads.

## Budget

| Item | USD |
|---|---|
| Works | 100000 |

## Monitoring and evaluation

Project staff collect the indicators every quarter. A final independent evaluation is planned.

## Risks

Heavy rains may delay works.

## Sustainability

Road committees take over maintenance, funded by the district.
`

/** ROADS with the monitoring done jointly: nothing to report. */
export const CLEAN = ROADS.replace(
  'Project staff collect the indicators every quarter.',
  'Joint monitoring visits with the road committees and the district take place every quarter.',
)

/** Front matter that does not parse (frontmatter error at line 2), and sections missing (a fix that must not be written). */
export const BROKEN = '---\ntitle: [broken\n---\n# Broken front matter\n\n## Objectives\n\nText.\n'
