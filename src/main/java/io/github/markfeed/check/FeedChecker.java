package io.github.markfeed.check;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.markfeed.check.Finding.Severity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Checks feed and sitemap files against the rules of their specifications: RSS 2.0, Atom 1.0
 * (RFC 4287), JSON Feed 1.1 and the sitemaps.org protocol. It works on any such file, whichever
 * tool wrote it, and detects the kind of file from its content. Instances are immutable and
 * thread-safe.
 */
public final class FeedChecker {

    /** Kind of a checked file, read from its content. */
    public enum Kind {
        RSS("RSS feed"),
        ATOM("Atom feed"),
        JSON_FEED("JSON Feed"),
        SITEMAP("sitemap"),
        SITEMAP_INDEX("sitemap index"),
        /** Any other file, such as an XSL stylesheet. It gets no findings. */
        UNKNOWN("other file");

        private final String displayName;

        Kind(String displayName) {
            this.displayName = displayName;
        }

        public String displayName() {
            return displayName;
        }
    }

    /** The kind of one file and what is wrong with it. */
    public record Result(Kind kind, List<Finding> findings) {

        public long errors() {
            return findings.stream().filter(Finding::isError).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    /** First element of an XML document, after the declaration, comments, processing instructions and a DOCTYPE. */
    private static final Pattern ROOT_ELEMENT = Pattern.compile(
            "\\A(?:\\uFEFF)?(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:[A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]",
            Pattern.DOTALL);

    /** Bytes read to detect the kind of a file that does not parse. */
    private static final int SNIFF_BYTES = 8192;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final Path baseDirectory;

    /**
     * @param baseDirectory folder that findings name files relative to
     */
    public FeedChecker(Path baseDirectory) {
        this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    }

    /**
     * Checks one file.
     *
     * @param file the file; a name ending in {@code .gz} is decompressed first
     * @param siteUrl URL the site is published at; when not {@code null}, every sitemap location
     *     must be under it
     */
    public List<Finding> check(Path file, String siteUrl) throws IOException {
        return checkFile(file, displayName(file), siteUrl).findings();
    }

    /**
     * Checks one file and returns its kind with the findings.
     *
     * @param file the file; gzip content is decompressed first
     * @param displayName the name that findings give the file, such as the path it will be
     *     published at when {@code file} is a temporary copy
     * @param siteUrl URL the site is published at, or {@code null}
     */
    public Result checkFile(Path file, String displayName, String siteUrl) throws IOException {
        Findings findings = new Findings(displayName);
        byte[] bytes;
        if (displayName.toLowerCase(Locale.ROOT).endsWith(".gz") || startsWithGzipMagic(file)) {
            bytes = gunzip(file, findings);
            if (bytes == null) {
                return new Result(findings.list().isEmpty() ? Kind.UNKNOWN : Kind.SITEMAP, findings.list());
            }
        } else {
            bytes = Files.readAllBytes(file);
        }
        Kind kind = looksLikeJson(bytes) ? checkJson(bytes, findings) : checkXml(bytes, findings, siteUrl);
        return new Result(kind, kind == Kind.UNKNOWN ? List.of() : findings.list());
    }

    private String displayName(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDirectory) ? baseDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * Decompresses a gzip file, reading at most one byte more than the sitemap size limit so that
     * a file that inflates without end cannot exhaust memory.
     */
    private static byte[] gunzip(Path file, Findings findings) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[1 << 16];
            long total = 0;
            int read;
            while ((read = in.read(buffer)) > 0) {
                total += read;
                if (total > SitemapChecker.MAX_BYTES) {
                    findings.error("", "sitemap.size.limit", "the file inflates to more than 50 MiB ("
                            + SitemapChecker.MAX_BYTES + " bytes), the sitemaps.org limit");
                    return null;
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (ZipException | java.io.EOFException e) {
            findings.error("", "gzip.format", "the file is not valid gzip: " + e.getMessage());
            return null;
        }
    }

    /** Returns whether a file starts with the two bytes that open every gzip stream (RFC 1952). */
    private static boolean startsWithGzipMagic(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.read() == 0x1F && in.read() == 0x8B;
        }
    }

    private static boolean looksLikeJson(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '{' || b == '[') {
                return true;
            }
            boolean byteOrderMark = i == 0 && bytes.length >= 3 && (b & 0xFF) == 0xEF;
            if (byteOrderMark) {
                i += 2;
            } else if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return false;
    }

    private static Kind checkJson(byte[] bytes, Findings findings) {
        JsonNode feed;
        try {
            feed = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            String start = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.UTF_8);
            if (!start.contains("jsonfeed.org/version/")) {
                return Kind.UNKNOWN;
            }
            JsonLocation where = e.getLocation();
            String location = where == null ? "" : where.getLineNr() + ":" + where.getColumnNr();
            String rule = e.getOriginalMessage().startsWith("Duplicate field") ? "json.duplicate-key" : "json.syntax";
            findings.error(location, rule, "not valid JSON: " + firstLine(e.getOriginalMessage()));
            return Kind.JSON_FEED;
        } catch (IOException e) {
            findings.error("", "json.syntax", "not valid JSON: " + e.getMessage());
            return Kind.JSON_FEED;
        }
        if (feed == null || !feed.isObject() || !feed.path("version").asText("").startsWith("https://jsonfeed.org/version/1")) {
            return Kind.UNKNOWN;
        }
        new JsonFeedChecker(findings).check(feed);
        return Kind.JSON_FEED;
    }

    private static Kind checkXml(byte[] bytes, Findings findings, String siteUrl) {
        Kind sniffed = sniffXml(bytes);
        if (sniffed == Kind.UNKNOWN) {
            return Kind.UNKNOWN;
        }
        Document document;
        try {
            document = XmlDocuments.parse(bytes);
        } catch (XmlDocuments.NotWellFormed e) {
            String message = firstLine(e.getMessage());
            String rule = message.contains("is not bound") ? "xml.namespace.undeclared" : "xml.well-formed";
            findings.error(e.location(), rule, "not well-formed XML: " + message);
            return sniffed;
        }
        Element root = document.getDocumentElement();
        Kind kind = kindOf(root);
        switch (kind) {
            case RSS -> new RssChecker(findings).check(document);
            case ATOM -> new AtomChecker(findings).check(document);
            case SITEMAP -> {
                SitemapChecker checker = new SitemapChecker(findings, siteUrl);
                checker.size(bytes.length);
                checker.checkUrlset(document);
            }
            case SITEMAP_INDEX -> {
                SitemapChecker checker = new SitemapChecker(findings, siteUrl);
                checker.size(bytes.length);
                checker.checkIndex(document);
            }
            default -> { }
        }
        return kind;
    }

    private static Kind kindOf(Element root) {
        String name = root.getLocalName();
        String namespace = root.getNamespaceURI();
        if (name.equals("feed")) {
            return AtomChecker.NAMESPACE.equals(namespace) ? Kind.ATOM : Kind.UNKNOWN;
        }
        return kindOfName(name);
    }

    /** Tells the kind from the root element's name, for files that may not parse. */
    private static Kind sniffXml(byte[] bytes) {
        String start = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.UTF_8);
        Matcher matcher = ROOT_ELEMENT.matcher(start);
        if (!matcher.lookingAt()) {
            return Kind.UNKNOWN;
        }
        String name = matcher.group(1);
        if (name.equals("feed")) {
            return start.contains(AtomChecker.NAMESPACE) ? Kind.ATOM : Kind.UNKNOWN;
        }
        return kindOfName(name);
    }

    private static Kind kindOfName(String name) {
        return switch (name) {
            case "rss" -> Kind.RSS;
            case "urlset" -> Kind.SITEMAP;
            case "sitemapindex" -> Kind.SITEMAP_INDEX;
            default -> Kind.UNKNOWN;
        };
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Returns whether any finding is an error. */
    public static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(finding -> finding.severity() == Severity.ERROR);
    }
}
