// Owned by the parser work: offset → line/column conversion (LineIndex). Placeholder until implemented.
export {};
