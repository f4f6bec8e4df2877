export const USAGE = `Usage: lessonlint [options] [paths or globs...]
       lessonlint explain FILE [--rule ID]... [--format text|json]
       lessonlint --init [--preset recommended|development|all] [--github]

Lint Markdown project proposals against lessons learned from ILO evaluations.
Without paths, lints the proposals under the current folder: Markdown files
with proposal front matter (themes, components...), a title that names a
proposal or concept note, or headings of at least two proposal section kinds.
Paths and globs you name are always linted ("lessonlint ." lints every file).

Output:
  -f, --format NAME        stylish (default), compact, json, sarif, github,
                           gitlab (code quality) or junit
  -o, --output-file FILE   write the report to FILE instead of stdout
      --sarif-file FILE    also write the findings as SARIF to FILE, whatever
                           --format prints (even when the configuration fails)
      --max-warnings N     exit 1 when there are more than N warnings
      --quiet              report errors only (no warnings, no infos)
      --verbose            stylish: print why each finding matters and what to do
                           under it (wrapped to the terminal, or COLUMNS)
      --no-color           no colours (also NO_COLOR=1)
      --color              colours even when stdout is not a terminal (also FORCE_COLOR=1)

Configuration:
  -c, --config FILE        use FILE instead of looking up .lessonlintrc.* files
      --rule ID:SEVERITY   set a rule to error, warning, info or off (repeatable;
                           warn, 0, 1 and 2 work too)
      --print-config FILE  print the configuration that applies to FILE as JSON
      --list-rules         list every rule: id, severity, summary, fixable
                           (with --format json: as JSON, with options schemas)
      --no-inline-config   ignore lessonlint-disable comments and the front
                           matter's lessonlint.disable: report everything
      --report-unused-disable-directives
                           report, as errors, disables that silence nothing
      --locale LANG        en, fr or es: the language of messages for documents
                           that do not tell theirs (front matter "language", or
                           the language the text is written in, come first)
      --no-ignore          also lint files that .lessonlintignore, the config's
                           "ignores" or .gitignore files skip
      --proposals-only     skip the named files that are no proposals, as a run
                           without paths does (for pre-commit, which names them all)
      --cache              reuse the results of files unchanged since the last
                           --cache run (same config and lessonlint); in .lessonlintcache
      --cache-location P   the cache file, or a folder ending in / for P/.lessonlintcache
      --concurrency N      lint files in N worker threads; auto (the default) is
                           one per core from 3 MB of Markdown, 1 the main thread

Fixing:
      --fix                apply fixes to the files, then report what remains
      --fix-dry-run        compute fixes without writing; the json format
                           includes each file's fixed text as "output"

Standard input:
      --stdin              lint text read from standard input
      --stdin-filename F   the name to report, and to look up configuration for.
                           With --fix, the fixed text is printed instead of a report.

Setting up:
      --init               write a commented .lessonlintrc.json here (never over
                           an existing configuration); asks for the preset on a
                           terminal, else takes --preset or recommended
      --preset NAME        with --init: recommended, development or all
      --github             with --init: also write .github/workflows/lessonlint.yml

Explaining:
  explain FILE             per rule: whether it applied and why, the evidence it
                           found or what it missed, with lines (see explain --help)

  -v, --version            print the version
  -h, --help               print this help

Exit codes:
  0  no errors, and no more warnings than --max-warnings
  1  errors found, or more warnings than --max-warnings
  2  usage, configuration, I/O or internal error (a rule that threw)

Set LESSONLINT_DEBUG=1 to print stack traces of internal errors.
`
