package io.github.markfeed.sitemap;

import io.github.markfeed.output.StagedOutputs;
import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a site's sitemap as one file when it fits the limits, otherwise as numbered files
 * ({@code sitemap-1.xml}, {@code sitemap-2.xml}, ...) listed by a sitemap index under the
 * configured name. Splitting follows the URL count and the bytes actually written.
 */
public final class SitemapFiles {

    private final SiteUrl siteUrl;
    private final String fileName;
    private final int maxUrls;
    private final long maxBytes;
    private final boolean gzip;

    /**
     * @param siteUrl base URL the files are published under
     * @param fileName name of the sitemap or index, relative to the output folder
     * @param maxUrls maximum URLs per file, at most {@link SitemapWriter#MAX_URLS}
     * @param maxBytes maximum uncompressed bytes per file, at most {@link SitemapWriter#MAX_BYTES}
     * @param gzip whether to also write a {@code .gz} copy of each file and list those in the index
     */
    public SitemapFiles(SiteUrl siteUrl, String fileName, int maxUrls, long maxBytes, boolean gzip) {
        this.siteUrl = siteUrl;
        this.fileName = fileName;
        this.maxUrls = maxUrls;
        this.maxBytes = maxBytes;
        this.gzip = gzip;
    }

    /**
     * What was staged.
     *
     * @param files every staged file, relative to the output folder, the index or single file first
     * @param parts number of sitemap files; more than one means an index was written
     * @param urls number of URLs in all files
     */
    public record Written(List<String> files, int parts, int urls) {

        /** Returns the file that search engines and robots.txt should be pointed at. */
        public String entryPoint(boolean gzip) {
            return parts == 1 && gzip ? files.get(0) + ".gz" : files.get(0);
        }
    }

    /**
     * Stages the sitemap for entries sorted by location.
     *
     * @throws IOException when writing fails
     */
    public Written stage(Iterable<SitemapEntry> entries, StagedOutputs outputs) throws IOException {
        List<String> partNames = new ArrayList<>();
        List<Instant> partNewest = new ArrayList<>();
        SitemapWriter current = null;
        Writer currentOut = null;
        int urls = 0;
        try {
            for (SitemapEntry entry : entries) {
                String xml = SitemapWriter.entryXml(entry);
                if (current == null || !current.fits(xml, maxUrls, maxBytes)) {
                    if (current != null) {
                        current.close();
                        currentOut.close();
                    }
                    String name = partName(partNames.size() + 1);
                    partNames.add(name);
                    partNewest.add(null);
                    currentOut = outputs.open(name);
                    current = new SitemapWriter(currentOut);
                    if (!current.fits(xml, maxUrls, maxBytes)) {
                        throw new IOException("the sitemap entry for " + entry.location() + " alone is larger than "
                                + maxBytes + " bytes");
                    }
                }
                current.addXml(xml);
                urls++;
                Instant modified = entry.lastModified();
                int last = partNewest.size() - 1;
                if (modified != null && (partNewest.get(last) == null || modified.isAfter(partNewest.get(last)))) {
                    partNewest.set(last, modified);
                }
            }
        } finally {
            if (current != null) {
                current.close();
                currentOut.close();
            }
        }
        if (partNames.isEmpty()) {
            return new Written(List.of(), 0, 0);
        }

        List<String> files = new ArrayList<>();
        if (partNames.size() == 1) {
            outputs.rename(partNames.get(0), fileName);
            files.add(fileName);
        } else {
            List<SitemapIndexWriter.Part> parts = new ArrayList<>();
            for (int i = 0; i < partNames.size(); i++) {
                String listed = gzip ? partNames.get(i) + ".gz" : partNames.get(i);
                parts.add(new SitemapIndexWriter.Part(siteUrl.pageUrl(listed), partNewest.get(i)));
            }
            outputs.stage(fileName, out -> new SitemapIndexWriter().write(parts, out));
            files.add(fileName);
            files.addAll(partNames);
        }
        if (gzip) {
            for (String file : List.copyOf(files)) {
                outputs.stageGzip(file, file + ".gz");
                files.add(file + ".gz");
            }
        }
        return new Written(files, partNames.size(), urls);
    }

    /**
     * Deletes numbered sitemap files and gzip copies that an earlier build wrote and this one did
     * not, so that no stale file stays listed nowhere.
     *
     * @return the deleted files
     */
    public List<Path> deleteStale(Path outputDirectory, Set<String> written) throws IOException {
        Path target = outputDirectory.resolve(fileName).normalize();
        Path folder = target.getParent();
        String name = target.getFileName().toString();
        String stem = stem(name);
        Pattern ours = Pattern.compile(Pattern.quote(stem) + "-\\d+" + Pattern.quote(extension(name)) + "(\\.gz)?"
                + "|" + Pattern.quote(name) + "\\.gz");
        List<Path> deleted = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return deleted;
        }
        Set<Path> keep = new java.util.HashSet<>();
        for (String file : written) {
            keep.add(outputDirectory.resolve(file).normalize());
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (ours.matcher(file.getFileName().toString()).matches() && !keep.contains(file.normalize())) {
                    Files.delete(file);
                    deleted.add(file);
                }
            }
        }
        return deleted;
    }

    /** Returns the name of the n-th file: {@code sitemap.xml} gives {@code sitemap-1.xml}. */
    String partName(int number) {
        int slash = fileName.lastIndexOf('/');
        String folder = slash < 0 ? "" : fileName.substring(0, slash + 1);
        String name = fileName.substring(slash + 1);
        return folder + stem(name) + "-" + number + extension(name);
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name : name.substring(0, dot);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot);
    }
}
