/**
 * The built-in templates, precompiled: the build (scripts/bundle.mjs)
 * replaces this module in the bundle with one that holds Handlebars'
 * precompiled form of every templates/*.hbs, by file name. Run from the
 * sources (tests) there are none here, and the built-in files are compiled
 * when first used, as the files of `--templates DIR` always are.
 */
export const BUILT_IN_TEMPLATES: Readonly<Record<string, TemplateSpecification>> = {};
