// Declarations of demo-server.mjs (the `@fieldcode/editor/demo-server` export).

/** The parts of `@fieldcode/cli/http-guard` the demo server uses (passed in: the editor cannot import the CLI). */
export interface DemoServerGuard {
  createRequestGuard(options: { host: string; allowedHosts?: string[]; contentSecurityPolicy?: string }): unknown;
  guardNodeRequest(guard: unknown, req: unknown, res: unknown): boolean;
  exposureWarning(name: string, host: string): string | undefined;
  [name: string]: unknown;
}

export interface DemoServerOptions {
  /** The module `@fieldcode/cli/http-guard` (required). */
  guard: DemoServerGuard;
  /** Default 4173; 0 picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  allowedHosts?: string[];
  /** The built demo page (default: demo-dist/ next to this file, made by the repository build). */
  demoDir?: string;
  /** The examples library served under /examples/. */
  examplesDir?: string;
  stderr?: { write(text: string): unknown };
}

export interface DemoServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the demo server; resolves once listening. */
export function startDemoServer(options: DemoServerOptions): Promise<DemoServer>;
