// What the browser tests' bundle of Apache Annotator exposes (see annotator.ts).
export * from '@apache-annotator/dom';
export { makeRefinable } from '@apache-annotator/selector';
