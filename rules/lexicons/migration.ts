// Concepts of the labour migration rules (seeds 001, 003, 004).
import {defineLexicon} from '@lessonlint/core'

/** Labour migration or migrant workers as the subject of a title or an objective. */
export const labourMigration = defineLexicon('labour migration', {
  en: [
    'migrant',
    'migration',
    'labour mobility',
    'labor mobility',
    'mobility of workers',
    'workers going abroad',
    'work abroad',
    'working abroad',
    'employment abroad',
    'overseas employment',
    'foreign employment',
    'overseas workers',
    'seasonal workers abroad',
    'emigrant workers',
    'emigration',
    'returnee',
    'returning migrant',
    'recruitment corridor',
    'migration corridor',
  ],
  fr: ['migrant', 'migrants', 'migration', 'migrations', 'travailleurs migrants', 'mobilité de la main-d’œuvre', "mobilité de la main-d'œuvre", 'mobilité de la main-d’oeuvre', "mobilité de la main-d'oeuvre", "emploi à l'étranger", 'émigration'],
  es: ['migrante', 'migrantes', 'migración', 'migraciones', 'trabajadores migrantes', 'movilidad laboral', 'emigración', 'trabajo en el extranjero'],
})

/**
 * The rights-based framework of ILO labour migration work: the Multilateral
 * Framework on Labour Migration and the migrant-worker conventions (C97, C143,
 * C181, C189).
 */
export const migrationFramework = defineLexicon('ILO migration framework', {
  en: [
    'Multilateral Framework on Labour Migration',
    'Multilateral Framework on Labor Migration',
    'ILO Multilateral Framework',
    'Multilateral Framework',
    'MFLM',
    'Migration for Employment Convention',
    'Migrant Workers Supplementary Provisions Convention',
    'Private Employment Agencies Convention',
    'Domestic Workers Convention',
    'C97',
    'C143',
    'C181',
    'C189',
  ],
  fr: [
    'Cadre multilatéral de l’OIT pour les migrations de main-d’œuvre',
    "Cadre multilatéral de l'OIT pour les migrations de main-d'œuvre",
    'Cadre multilatéral pour les migrations de main-d’œuvre',
    "Cadre multilatéral pour les migrations de main-d'œuvre",
    'Cadre multilatéral',
    'convention sur les travailleurs migrants',
    'convention sur les travailleuses et travailleurs domestiques',
    "convention sur les agences d'emploi privées",
    'convention sur les agences d’emploi privées',
    "convention sur les migrations pour l'emploi",
    'convention sur les migrations pour l’emploi',
  ],
  es: [
    'Marco multilateral de la OIT para las migraciones laborales',
    'Marco multilateral para las migraciones laborales',
    'Marco multilateral',
    'Convenio sobre los trabajadores migrantes',
    'Convenio sobre las trabajadoras y los trabajadores domésticos',
    'Convenio sobre las agencias de empleo privadas',
  ],
})

/**
 * Where a convention is cited by number ("Convention No. 189", "Conventions
 * Nos 97 and 143", "convention n° 181", "Convenio núm. 189"): the term syntax
 * has no full stop, so the rule reads the numbers that follow the match.
 */
export const conventionByNumber = defineLexicon('convention cited by number', {
  en: ['Convention No', 'Conventions No', 'Conventions Nos', 'Convention Number', 'Convention'],
  fr: ['convention n°', 'conventions n°', 'convention no', 'conventions nos', 'convention numéro'],
  es: ['Convenio núm', 'Convenios núms', 'Convenio número', 'Convenio'],
})

/** The migrant-worker conventions the lesson names (seed 004, CHECKLIST migration-framework). */
export const MIGRATION_CONVENTIONS: ReadonlySet<number> = new Set([97, 143, 181, 189])
