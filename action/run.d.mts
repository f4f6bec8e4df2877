// Types of action/run.mjs, for the tests that import it.
export declare const INPUTS: readonly string[]
export declare const OUTPUTS: readonly string[]
export declare function inputVariable(name: string): string
export declare function run(env?: NodeJS.ProcessEnv, out?: NodeJS.WritableStream, err?: NodeJS.WritableStream): number
