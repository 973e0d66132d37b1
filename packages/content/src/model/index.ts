// Barrel of src/model (placeholder until implemented).
export {};
