/** `@fieldcode/cli` — the `fieldcode` command. */
export async function main(argv: string[]): Promise<number> {
  void argv;
  process.stderr.write('fieldcode: not built yet\n');
  return 2;
}
