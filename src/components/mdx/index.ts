// The components a document may use, passed to <Content components={…} /> so
// that MDX files never import anything. Names match the analyser's componentSpecs.
import Mention from './Mention.astro';
import Quote from './Quote.astro';
import Claim from './Claim.astro';
import Note from './Note.astro';
import Paragraph from '../Paragraph.astro';

// `p`: every paragraph is followed by the notes on its passages (see Paragraph.astro).
export const mdxComponents = { Mention, Quote, Claim, Note, Paragraph, p: Paragraph };
