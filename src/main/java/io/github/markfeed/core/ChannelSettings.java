package io.github.markfeed.core;

/**
 * Channel-level values of the RSS feed, as configured. Every field but {@code title} and
 * {@code description} may be {@code null}, which leaves the element out.
 *
 * @param title channel title
 * @param description channel description
 * @param language language tag such as {@code en-us}
 * @param copyright copyright notice
 * @param managingEditor e-mail address of the editor, in the {@code email (Name)} form
 * @param webMaster e-mail address of the webmaster, in the {@code email (Name)} form
 * @param ttl minutes a reader may cache the feed
 * @param image URL of the channel image, absolute or relative to the site URL
 * @param stylesheet href of an XSL stylesheet for the RSS feed's {@code xml-stylesheet}
 *     instruction, or {@code default} for markfeed's own stylesheets on RSS and Atom feeds
 * @param defaultAuthor author name for pages whose front matter names none
 * @param icon URL of a small square icon (favicon), absolute or relative to the site URL
 * @param atomStylesheet href of an XSL stylesheet for Atom feeds
 */
public record ChannelSettings(
        String title,
        String description,
        String language,
        String copyright,
        String managingEditor,
        String webMaster,
        Integer ttl,
        String image,
        String stylesheet,
        String defaultAuthor,
        String icon,
        String atomStylesheet) {

    /** The {@code stylesheet} value that asks for markfeed's own stylesheets. */
    public static final String DEFAULT_STYLESHEET = "default";

    /** Returns whether markfeed writes its own stylesheets and links every RSS and Atom feed to them. */
    public boolean defaultStylesheets() {
        return DEFAULT_STYLESHEET.equals(stylesheet);
    }
}
