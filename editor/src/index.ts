/** `@fieldcode/editor` — lit + monaco web components. */
export {};
