package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the core free of Maven, so that only the {@code maven} package depends on the build tool. */
class ArchitectureTest {

    /** Surefire runs tests with the project folder as the working directory. */
    private static final Path SOURCES = Path.of("src/main/java");

    private static final Path MAVEN_PACKAGE = Path.of("io/github/markfeed/maven");

    /** An import of Maven, or a fully qualified use of one of its types in code. */
    private static final Pattern MAVEN_REFERENCE =
            Pattern.compile("^\\s*import\\s+(static\\s+)?org\\.apache\\.maven\\b.*$|\\borg\\.apache\\.maven\\.\\w+", Pattern.MULTILINE);

    private static List<Path> coreSources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !SOURCES.relativize(file).startsWith(MAVEN_PACKAGE))
                    .sorted()
                    .toList();
        }
    }

    /** Removes comments, so that a Javadoc mention of Maven is not taken for a dependency. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
    }

    @Test
    void coreSources_found() throws IOException {
        List<Path> sources = coreSources();

        assertThat(sources).as("core sources under %s", SOURCES.toAbsolutePath()).hasSizeGreaterThan(10);
        assertThat(sources).anyMatch(file -> file.endsWith(Path.of("io/github/markfeed/core/Generator.java")));
    }

    @Test
    void coreSources_noMavenReference() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : coreSources()) {
            String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
            Matcher matcher = MAVEN_REFERENCE.matcher(code);
            while (matcher.find()) {
                violations.add(SOURCES.relativize(file) + ": " + matcher.group().strip());
            }
        }

        assertThat(violations).as("only io.github.markfeed.maven may use org.apache.maven").isEmpty();
    }

    @Test
    void pattern_matchesImportsAndQualifiedNames() {
        assertThat(MAVEN_REFERENCE.matcher("import org.apache.maven.plugin.MojoFailureException;").find()).isTrue();
        assertThat(MAVEN_REFERENCE.matcher("  import static org.apache.maven.shared.Utils.x;").find()).isTrue();
        assertThat(MAVEN_REFERENCE.matcher("throw new org.apache.maven.plugin.MojoExecutionException(m);").find()).isTrue();
        assertThat(MAVEN_REFERENCE.matcher("import org.apache.mavenized.Other;").find()).isFalse();
    }

    @Test
    void withoutComments_dropsMentionsInComments() {
        String code = "/** Like org.apache.maven.plugin.Mojo. */\nclass A {} // org.apache.maven.x\n";

        assertThat(MAVEN_REFERENCE.matcher(withoutComments(code)).find()).isFalse();
    }
}
