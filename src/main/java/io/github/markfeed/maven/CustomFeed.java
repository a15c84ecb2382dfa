package io.github.markfeed.maven;

import java.util.List;

/**
 * One entry of the {@code feeds} parameter: a further feed with its own pages, written into a
 * folder of its own.
 *
 * <pre>{@code
 * <feeds>
 *   <feed>
 *     <id>releases</id>
 *     <path>releases</path>
 *     <title>Project releases</title>
 *     <tags><tag>release</tag></tags>
 *   </feed>
 * </feeds>
 * }</pre>
 */
public class CustomFeed {

    /** Short name of the feed, used in log lines and messages. Required and unique. */
    String id;

    /** Folder of the feed's files, relative to {@code outputDirectory}. Required and unique. */
    String path;

    /** Title of the feed. Defaults to the main feed's title followed by the id. */
    String title;

    /** Description of the feed. Defaults to the main feed's description. */
    String description;

    /** Pages with at least one of these tags. Default: any page. */
    List<String> tags;

    /** Glob patterns of source paths, relative to {@code contentDirectory}, such as {@code blog/**}. Default: any page. */
    List<String> includes;

    /** First folder of the source path, such as {@code news}. Default: any. */
    String section;

    /** Number of newest pages in the feed; {@code 0} means all. Defaults to the main {@code feedLimit}. */
    Integer feedLimit;

    /** Comma-separated formats. Defaults to the main {@code formats}. */
    String formats;

    /** {@code full}, {@code summary} or {@code none}. Defaults to the main {@code content}. */
    String content;
}
