// Owned by the evaluator work: compile, render, analyze, function registry, object catalog, measureLength.
export {};
