package io.github.markfeed.page;

/**
 * An author of a page.
 *
 * @param name display name, never blank
 * @param email e-mail address, or {@code null} when unknown
 */
public record Author(String name, String email) {

    /**
     * Returns the RSS 2.0 {@code author} form, {@code email (Name)}, or {@code null} when the
     * e-mail address is unknown: RSS defines that element as an address, not a name.
     */
    public String rssAuthor() {
        return email == null ? null : email + " (" + name + ")";
    }
}
