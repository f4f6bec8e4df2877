// The one place the CLI and the library API take the ILO lesson pack from.
import {presets as iloPresets, rules as iloRules} from '@lessonlint/rules-ilo'
import {createRequire} from 'node:module'
import {packageIdentity, type ConfigFile, type Rule} from '@lessonlint/core'

/** Every rule of the ILO pack, with its metadata (`meta.docsUrl` filled). */
export const rules: readonly Rule[] = iloRules
/** `lessonlint:recommended`, `lessonlint:all` and `lessonlint:development`, for `extends`. */
export const presets: Readonly<Record<string, ConfigFile>> = iloPresets
/** The pack's version and a hash of its built code, for `--cache`. */
export const identity = (): string => packageIdentity(createRequire(import.meta.url).resolve('@lessonlint/rules-ilo'))
