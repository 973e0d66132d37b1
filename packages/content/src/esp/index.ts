// Barrel of src/esp (placeholder until implemented).
export {};
