// Barrel of src/render (placeholder until implemented).
export {};
