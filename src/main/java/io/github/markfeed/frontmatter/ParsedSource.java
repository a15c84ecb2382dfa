package io.github.markfeed.frontmatter;

/**
 * A source file split into its front matter and its Markdown body.
 *
 * @param frontMatter the parsed front matter, empty when the file has none
 * @param body the Markdown after the front matter
 * @param bodyLine 1-based line of the file on which the body starts
 */
public record ParsedSource(FrontMatter frontMatter, String body, int bodyLine) {}
