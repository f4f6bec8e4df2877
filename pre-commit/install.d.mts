// Types of pre-commit/install.mjs, for the tests that import it.
export declare const BUNDLE: string
export declare function decide(env?: NodeJS.ProcessEnv, root?: string): 'build' | 'skip' | 'refuse'
export declare function build(root?: string, outFile?: string, log?: (line: string) => void): Promise<void>
export declare function bundle(sourceRoot: string, outFile: string): Promise<void>
