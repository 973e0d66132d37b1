// Barrel of src/lint (placeholder until implemented).
export {};
