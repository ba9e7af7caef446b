// gray-matter requires 'fs' only for matter.read(), which the plugin never calls.
// Bundles alias 'fs' here so no Node builtin is required at run time (mobile).
export {};
