package io.github.markfeed.feed;

/**
 * A featured image attached to a feed item.
 *
 * @param url absolute URL
 * @param length size in bytes when the image is a local file, else 0, which RSS readers accept
 *     for an unknown size
 * @param type media type derived from the file extension
 */
public record Enclosure(String url, long length, String type) {}
