package io.github.markfeed.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.url.SiteUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeaturedImagesTest {

    private static final String PAGE = "https://example.org/docs/blog/post.html";

    @TempDir
    Path content;

    private FeaturedImages images;

    @BeforeEach
    void createImages() throws IOException {
        Files.createDirectories(content.resolve("blog"));
        Files.createDirectories(content.resolve("img"));
        Files.write(content.resolve("blog/cover.png"), new byte[1234]);
        Files.write(content.resolve("blog/my cover.webp"), new byte[7]);
        Files.write(content.resolve("img/banner.JPG"), new byte[99]);
        Files.write(content.resolve("secret.png"), new byte[5]);
        images = new FeaturedImages(SiteUrl.parse("https://example.org/docs/"), content);
    }

    @Test
    void resolve_pageRelativeLocalFile_urlAndLength() {
        Enclosure image = images.resolve("cover.png", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://example.org/docs/blog/cover.png");
        assertThat(image.length()).isEqualTo(1234);
        assertThat(image.type()).isEqualTo("image/png");
    }

    @Test
    void resolve_siteRootRelative_underBaseAndLength() {
        Enclosure image = images.resolve("/img/banner.JPG", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://example.org/docs/img/banner.JPG");
        assertThat(image.length()).isEqualTo(99);
        assertThat(image.type()).isEqualTo("image/jpeg");
    }

    @Test
    void resolve_spaceInName_encodedUrlAndLength() {
        Enclosure image = images.resolve("my cover.webp", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://example.org/docs/blog/my%20cover.webp");
        assertThat(image.length()).isEqualTo(7);
        assertThat(image.type()).isEqualTo("image/webp");
    }

    @Test
    void resolve_remoteUrl_lengthZero() {
        Enclosure image = images.resolve("https://cdn.example.net/pics/cover.gif", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://cdn.example.net/pics/cover.gif");
        assertThat(image.length()).isZero();
        assertThat(image.type()).isEqualTo("image/gif");
    }

    @Test
    void resolve_networkPath_pageSchemeLengthZero() {
        Enclosure image = images.resolve("//cdn.example.net/a.svg", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://cdn.example.net/a.svg");
        assertThat(image.length()).isZero();
        assertThat(image.type()).isEqualTo("image/svg+xml");
    }

    @Test
    void resolve_missingLocalFile_lengthZero() {
        Enclosure image = images.resolve("nope.png", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://example.org/docs/blog/nope.png");
        assertThat(image.length()).isZero();
    }

    @Test
    void resolve_pathOutsideContent_lengthZero() {
        Enclosure image = images.resolve("../../secret.png", PAGE, "blog");

        assertThat(image.length()).as("only files inside the content folder are measured").isZero();
    }

    @Test
    void resolve_queryString_fileAndTypeFound() {
        Enclosure image = images.resolve("cover.png?v=2", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://example.org/docs/blog/cover.png?v=2");
        assertThat(image.length()).isEqualTo(1234);
        assertThat(image.type()).isEqualTo("image/png");
    }

    @Test
    void resolve_rootRelativeWithQuery_queryKept() {
        Enclosure image = images.resolve("/img/banner.JPG?v=2", PAGE, "blog");

        assertThat(image.url()).isEqualTo("https://example.org/docs/img/banner.JPG?v=2");
    }

    @Test
    void resolve_rootRelativeWithQuery_typeFromPath() {
        Enclosure image = images.resolve("/img/banner.JPG?v=2", PAGE, "blog");

        assertThat(image.type()).isEqualTo("image/jpeg");
        assertThat(image.length()).isEqualTo(99);
    }

    @Test
    void mediaType_queryAndFragment_ignored() {
        assertThat(FeaturedImages.mediaType("https://cdn.example.net/a.avif?w=100#x")).isEqualTo("image/avif");
    }

    @Test
    void mediaType_unknownOrMissingExtension_octetStream() {
        assertThat(FeaturedImages.mediaType("https://example.org/image.heic")).isEqualTo("application/octet-stream");
        assertThat(FeaturedImages.mediaType("https://example.org/v1.2/image")).isEqualTo("application/octet-stream");
    }

    @Test
    void mediaType_commonExtensions() {
        assertThat(FeaturedImages.mediaType("a.jpeg")).isEqualTo("image/jpeg");
        assertThat(FeaturedImages.mediaType("a.ico")).isEqualTo("image/vnd.microsoft.icon");
        assertThat(FeaturedImages.mediaType("a.TIFF")).isEqualTo("image/tiff");
    }
}
