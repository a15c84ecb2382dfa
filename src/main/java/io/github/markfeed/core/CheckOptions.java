package io.github.markfeed.core;

/**
 * Safeguards of a run: the size limit of a page, whether warnings fail the run, and whether the
 * outputs are checked against their specifications before they replace the published files.
 *
 * @param validateOutput whether to check each feed and sitemap before moving it into place; an
 *     error in any of them fails the run and writes nothing
 * @param failOnWarning whether content warnings, and warnings of the output check, fail the run
 * @param maxPageSize largest Markdown file, in bytes, that is read; a larger one is a content error
 */
public record CheckOptions(boolean validateOutput, boolean failOnWarning, long maxPageSize) {

    /** Default of {@link #maxPageSize()}: 10 MiB. */
    public static final long DEFAULT_MAX_PAGE_SIZE = 10L * 1024 * 1024;

    public CheckOptions {
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("maxPageSize must be 1 or more: " + maxPageSize);
        }
    }

    /** Returns the defaults: outputs checked, warnings allowed, pages up to 10 MiB. */
    public static CheckOptions defaults() {
        return new CheckOptions(true, false, DEFAULT_MAX_PAGE_SIZE);
    }
}
