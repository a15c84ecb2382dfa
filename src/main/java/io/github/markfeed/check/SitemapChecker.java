package io.github.markfeed.check;

import static io.github.markfeed.check.XmlDocuments.children;
import static io.github.markfeed.check.XmlDocuments.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks a sitemap or a sitemap index against the sitemaps.org protocol 0.9 and its schema: element
 * names and order, value formats, and the limits of 50,000 URLs and 50 MiB per file. Also checks
 * the image (1.1) and {@code xhtml:link} extensions that markfeed writes.
 */
final class SitemapChecker {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String IMAGE_NAMESPACE = "http://www.google.com/schemas/sitemap-image/1.1";
    static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";
    static final int MAX_URLS = 50_000;
    static final long MAX_BYTES = 50L * 1024 * 1024;
    static final int MAX_LOC_LENGTH = 2048;
    static final int MAX_IMAGES = 1000;

    /** Extension namespaces that search engines document, by the prefix their URIs share. */
    private static final Map<String, String> KNOWN_EXTENSIONS = Map.of(
            "http://www.google.com/schemas/sitemap-image/", IMAGE_NAMESPACE,
            "http://www.google.com/schemas/sitemap-video/", "http://www.google.com/schemas/sitemap-video/1.1",
            "http://www.google.com/schemas/sitemap-news/", "http://www.google.com/schemas/sitemap-news/0.9",
            "http://www.google.com/schemas/sitemap-mobile/", "http://www.google.com/schemas/sitemap-mobile/1.0");

    private static final Set<String> CHANGE_FREQUENCIES =
            Set.of("always", "hourly", "daily", "weekly", "monthly", "yearly", "never");

    /** The sitemap elements of a {@code <url>}, in the order the schema requires. */
    private static final List<String> URL_ELEMENTS = List.of("loc", "lastmod", "changefreq", "priority");
    private static final List<String> SITEMAP_ELEMENTS = List.of("loc", "lastmod");

    private final Findings findings;
    private final String siteUrl;

    SitemapChecker(Findings findings, String siteUrl) {
        this.findings = findings;
        this.siteUrl = siteUrl;
    }

    /** Checks the limit on the size of one file, counted uncompressed. */
    void size(long bytes) {
        if (bytes > MAX_BYTES) {
            findings.error("", "sitemap.size.limit", "the file is " + bytes + " bytes uncompressed; the sitemaps.org"
                    + " limit is 50 MiB (" + MAX_BYTES + " bytes); split it and list the parts in a sitemap index");
        }
    }

    void checkUrlset(Document document) {
        Element urlset = document.getDocumentElement();
        if (!NAMESPACE.equals(urlset.getNamespaceURI())) {
            findings.error(urlset, "sitemap.namespace", "<urlset> is in the namespace "
                    + Objects.requireNonNullElse(urlset.getNamespaceURI(), "(none)") + "; use xmlns=\"" + NAMESPACE + "\"");
        }
        Map<String, Element> locations = new HashMap<>();
        int urls = 0;
        for (Element child : children(urlset)) {
            if (child.getLocalName().equals("url") && Objects.equals(child.getNamespaceURI(), urlset.getNamespaceURI())) {
                urls++;
                url(child, locations);
            } else if (isSitemapNamespace(child, urlset)) {
                findings.error(child, "sitemap.urlset.child", "<" + child.getNodeName()
                        + "> is not allowed in <urlset>; it contains only <url> elements");
            }
        }
        if (urls == 0) {
            findings.error(urlset, "sitemap.urlset.empty", "<urlset> lists no <url>; a sitemap needs at least one");
        }
        if (urls > MAX_URLS) {
            findings.error(urlset, "sitemap.urls.limit", "the sitemap lists " + urls
                    + " URLs; the sitemaps.org limit is 50,000 per file; split it and list the parts in a sitemap index");
        }
        extensionNamespaces(urlset, new HashSet<>());
    }

    void checkIndex(Document document) {
        Element index = document.getDocumentElement();
        if (!NAMESPACE.equals(index.getNamespaceURI())) {
            findings.error(index, "sitemapindex.namespace", "<sitemapindex> is in the namespace "
                    + Objects.requireNonNullElse(index.getNamespaceURI(), "(none)") + "; use xmlns=\"" + NAMESPACE + "\"");
        }
        Map<String, Element> locations = new HashMap<>();
        int sitemaps = 0;
        for (Element child : children(index)) {
            if (child.getLocalName().equals("sitemap") && Objects.equals(child.getNamespaceURI(), index.getNamespaceURI())) {
                sitemaps++;
                sitemap(child, locations);
            } else if (isSitemapNamespace(child, index)) {
                findings.error(child, "sitemapindex.child", "<" + child.getNodeName() + "> is not allowed in"
                        + " <sitemapindex>; list each sitemap file in a <sitemap> element with a <loc>");
            }
        }
        if (sitemaps == 0) {
            findings.error(index, "sitemapindex.empty", "<sitemapindex> lists no <sitemap>; it needs at least one");
        }
        if (sitemaps > MAX_URLS) {
            findings.error(index, "sitemapindex.sitemaps.limit", "the index lists " + sitemaps
                    + " sitemaps; the sitemaps.org limit is 50,000 per index");
        }
    }

    private static boolean isSitemapNamespace(Element child, Element root) {
        return child.getNamespaceURI() == null || Objects.equals(child.getNamespaceURI(), root.getNamespaceURI());
    }

    private void url(Element url, Map<String, Element> locations) {
        sequence(url, URL_ELEMENTS, true, "sitemap.url");
        for (Element child : children(url)) {
            if (!isSitemapNamespace(child, (Element) url.getParentNode())) {
                extension(child);
                continue;
            }
            switch (child.getLocalName()) {
                case "loc" -> location(child, locations, "sitemap.loc");
                case "lastmod" -> lastmod(child, "sitemap.lastmod.format");
                case "changefreq" -> {
                    if (!CHANGE_FREQUENCIES.contains(text(child))) {
                        findings.error(child, "sitemap.changefreq.value", "'" + text(child) + "' is not a change"
                                + " frequency; use always, hourly, daily, weekly, monthly, yearly or never");
                    }
                }
                case "priority" -> {
                    if (!text(child).matches("(0(\\.\\d+)?|1(\\.0+)?|\\.\\d+)")) {
                        findings.error(child, "sitemap.priority.range",
                                "'" + text(child) + "' is not a number from 0.0 to 1.0");
                    }
                }
                default -> { }
            }
        }
        if (children(url, IMAGE_NAMESPACE, "image").size() > MAX_IMAGES) {
            findings.warning(url, "sitemap.image.limit", "<url> lists more than " + MAX_IMAGES
                    + " images; search engines read at most " + MAX_IMAGES);
        }
    }

    private void sitemap(Element sitemap, Map<String, Element> locations) {
        sequence(sitemap, SITEMAP_ELEMENTS, false, "sitemapindex.sitemap");
        for (Element child : children(sitemap)) {
            switch (child.getLocalName()) {
                case "loc" -> location(child, locations, "sitemapindex.loc");
                case "lastmod" -> lastmod(child, "sitemapindex.lastmod.format");
                default -> { }
            }
        }
    }

    /**
     * Checks that the protocol's elements of a {@code <url>} or {@code <sitemap>} come once each, in
     * the schema's order, with {@code loc} present and extension elements last.
     */
    private void sequence(Element parent, List<String> order, boolean extensionsAllowed, String prefix) {
        Element root = (Element) parent.getParentNode();
        int last = -1;
        Element firstExtension = null;
        boolean hasLoc = false;
        boolean reportedOrder = false;
        for (Element child : children(parent)) {
            if (!isSitemapNamespace(child, root)) {
                if (!extensionsAllowed) {
                    findings.error(child, prefix + ".child", "<" + child.getNodeName() + "> is not allowed in <"
                            + parent.getLocalName() + ">; it contains only " + String.join(" and ", order));
                } else if (firstExtension == null) {
                    firstExtension = child;
                }
                continue;
            }
            int position = order.indexOf(child.getLocalName());
            if (position < 0) {
                findings.error(child, prefix + ".child", "<" + child.getNodeName() + "> is not allowed in <"
                        + parent.getLocalName() + ">; its elements are " + String.join(", ", order));
                continue;
            }
            hasLoc |= position == 0;
            if (firstExtension != null) {
                if (reportedOrder) {
                    continue;
                }
                reportedOrder = true;
                findings.error(child, prefix + ".order", "<" + child.getLocalName() + "> comes after the extension"
                        + " element <" + firstExtension.getNodeName() + ">; the sitemaps.org schema puts extension"
                        + " elements after " + String.join(", ", order));
            } else if (position == last) {
                findings.error(child, prefix + "." + child.getLocalName() + ".repeated",
                        "<" + parent.getLocalName() + "> has more than one <" + child.getLocalName() + ">");
            } else if (position < last) {
                findings.error(child, prefix + ".order", "<" + child.getLocalName() + "> comes after <"
                        + order.get(last) + ">; the schema's order is " + String.join(", ", order));
            }
            last = Math.max(last, position);
        }
        if (!hasLoc) {
            findings.error(parent, prefix + ".loc.missing", "<" + parent.getLocalName() + "> has no <loc>");
        }
    }

    private void location(Element loc, Map<String, Element> locations, String prefix) {
        String value = text(loc);
        if (!Values.isAbsoluteHttpUrl(value)) {
            String problem = Values.absoluteUrlProblem(value);
            findings.error(loc, prefix + ".absolute", "'" + value + "' "
                    + (problem == null ? "is not an http or https URL" : problem));
        } else if (siteUrl != null && !Values.isUnderSite(value, siteUrl)) {
            findings.error(loc, prefix + ".site", "'" + value + "' is not under the site URL " + siteUrl
                    + "; a sitemap may list only URLs below the folder it is published in");
        }
        if (value.length() > MAX_LOC_LENGTH) {
            findings.error(loc, prefix + ".length", "the URL is " + value.length()
                    + " characters long; the sitemaps.org limit is " + MAX_LOC_LENGTH);
        }
        Element earlier = locations.putIfAbsent(value, loc);
        if (earlier != null) {
            findings.error(loc, prefix + ".duplicate",
                    "'" + value + "' is listed already at " + XmlDocuments.path(earlier) + "; list each URL once");
        }
    }

    private void lastmod(Element lastmod, String rule) {
        String problem = Values.w3cDatetimeProblem(text(lastmod));
        if (problem != null) {
            findings.error(lastmod, rule, "'" + text(lastmod) + "' " + problem);
        }
    }

    private void extension(Element element) {
        if (XmlDocuments.is(element, IMAGE_NAMESPACE, "image")) {
            List<Element> locs = children(element, IMAGE_NAMESPACE, "loc");
            if (locs.isEmpty()) {
                findings.error(element, "sitemap.image.loc.missing", "<image:image> has no <image:loc>");
            }
            for (Element loc : locs) {
                if (!Values.isAbsoluteHttpUrl(text(loc))) {
                    findings.error(loc, "sitemap.image.loc.absolute", "'" + text(loc) + "' is not an absolute http or https URL");
                }
            }
        } else if (XmlDocuments.is(element, XHTML_NAMESPACE, "link")) {
            alternate(element);
        }
    }

    private void alternate(Element link) {
        if (!"alternate".equals(link.getAttribute("rel"))) {
            findings.error(link, "rel", "sitemap.xhtml-link.rel", "rel is '" + link.getAttribute("rel")
                    + "'; alternate language links have rel=\"alternate\"");
        }
        String hreflang = link.getAttribute("hreflang");
        if (!link.hasAttribute("hreflang")) {
            findings.error(link, "sitemap.hreflang.missing", "<xhtml:link> has no hreflang attribute");
        } else if (!hreflang.equals("x-default")) {
            String problem = Values.languageTagProblem(hreflang);
            if (problem != null) {
                findings.error(link, "hreflang", "sitemap.hreflang.tag", "'" + hreflang + "' " + problem);
            }
        }
        String href = link.getAttribute("href");
        if (!Values.isAbsoluteHttpUrl(href)) {
            String problem = Values.absoluteUrlProblem(href);
            findings.error(link, "href", "sitemap.hreflang.href.absolute", "'" + href + "' "
                    + (problem == null ? "is not an http or https URL" : problem)
                    + "; alternate links need the absolute URL of the other page");
        }
    }

    /** Reports elements in a namespace that looks like a search engine's sitemap extension but is not one. */
    private void extensionNamespaces(Element element, Set<String> reported) {
        String namespace = element.getNamespaceURI();
        if (namespace != null && !reported.contains(namespace)) {
            for (Map.Entry<String, String> known : KNOWN_EXTENSIONS.entrySet()) {
                if (namespace.startsWith(known.getKey()) && !namespace.equals(known.getValue())) {
                    reported.add(namespace);
                    findings.error(element, "sitemap.extension.namespace", "<" + element.getNodeName()
                            + "> is in the namespace " + namespace + ", which is not a sitemap extension; use "
                            + known.getValue());
                }
            }
        }
        for (Element child : children(element)) {
            extensionNamespaces(child, reported);
        }
    }
}
