// Owned by the parser work: `parse(source, options)`. Placeholder until implemented.
export {};
