/** The part of addons-linter's library API the Firefox package test uses (the package ships no types). */
declare module 'addons-linter' {
  export interface LinterMessage {
    code: string;
    message: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LinterOutput {
    errors: LinterMessage[];
    warnings: LinterMessage[];
    notices: LinterMessage[];
  }
  const addonsLinter: {
    createInstance(options: { config: Record<string, unknown>; runAsBinary: boolean }): { run(): Promise<LinterOutput> };
  };
  export default addonsLinter;
}
