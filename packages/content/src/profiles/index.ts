// Barrel of src/profiles (placeholder until implemented).
export {};
