package io.github.markfeed.frontmatter;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import io.github.markfeed.frontmatter.FrontMatter.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();
    private final ContentProblems problems = new ContentProblems();

    private ParsedSource parse(String text) {
        return parser.parse(text, "blog/post.md", problems);
    }

    private ContentProblem onlyError() {
        assertThat(problems.errors()).hasSize(1);
        return problems.errors().get(0);
    }

    @Test
    void parse_noFrontMatter_wholeTextIsBody() {
        ParsedSource parsed = parse("# Title\n\nText\n");

        assertThat(parsed.frontMatter().values()).isEmpty();
        assertThat(parsed.body()).isEqualTo("# Title\n\nText\n");
        assertThat(parsed.bodyLine()).isEqualTo(1);
    }

    @Test
    void parse_lateFence_noFrontMatter() {
        ParsedSource parsed = parse("\n---\ntitle: A\n---\n");

        assertThat(parsed.frontMatter().values()).isEmpty();
        assertThat(parsed.body()).isEqualTo("\n---\ntitle: A\n---\n");
    }

    @Test
    void parse_fourDashes_noFrontMatter() {
        ParsedSource parsed = parse("----\ntext\n");

        assertThat(parsed.frontMatter().values()).isEmpty();
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void parse_emptyFrontMatter_emptyValues() {
        ParsedSource parsed = parse("---\n---\nBody\n");

        assertThat(parsed.frontMatter().values()).isEmpty();
        assertThat(parsed.body()).isEqualTo("Body\n");
        assertThat(parsed.bodyLine()).isEqualTo(3);
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void parse_commentOnlyFrontMatter_emptyValues() {
        ParsedSource parsed = parse("---\n# nothing yet\n---\nBody\n");

        assertThat(parsed.frontMatter().values()).isEmpty();
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void parse_keys_valuesAndPositions() {
        ParsedSource parsed = parse("---\ntitle: Hello\ntags: [a, b]\ndraft: true\n---\nBody\n");

        FrontMatter frontMatter = parsed.frontMatter();
        assertThat(frontMatter.get("title")).isEqualTo("Hello");
        assertThat(frontMatter.get("tags")).isEqualTo(List.of("a", "b"));
        assertThat(frontMatter.get("draft")).isEqualTo(Boolean.TRUE);
        assertThat(frontMatter.position("title")).isEqualTo(new Position(2, 8));
        assertThat(frontMatter.position("tags")).isEqualTo(new Position(3, 7));
        assertThat(frontMatter.position("missing")).isEqualTo(Position.UNKNOWN);
    }

    @Test
    void parse_keysInFileOrder() {
        ParsedSource parsed = parse("---\nzeta: 1\nalpha: 2\nmid: 3\n---\n");

        assertThat(parsed.frontMatter().values().keySet()).containsExactly("zeta", "alpha", "mid");
    }

    @Test
    void parse_dateValue_staysString() {
        ParsedSource parsed = parse("---\ndate: 2024-03-05\n---\n");

        assertThat(parsed.frontMatter().get("date")).isEqualTo("2024-03-05");
    }

    @Test
    void parse_bodyLine_lineAfterClosingFence() {
        ParsedSource parsed = parse("---\ntitle: A\nslug: a\n---\nFirst body line\n");

        assertThat(parsed.body()).isEqualTo("First body line\n");
        assertThat(parsed.bodyLine()).isEqualTo(5);
    }

    @Test
    void parse_fenceAtEnd_emptyBody() {
        ParsedSource parsed = parse("---\ntitle: A\n---");

        assertThat(parsed.frontMatter().get("title")).isEqualTo("A");
        assertThat(parsed.body()).isEmpty();
    }

    @Test
    void parse_dotsClosingFence_accepted() {
        ParsedSource parsed = parse("---\ntitle: A\n...\nBody\n");

        assertThat(parsed.frontMatter().get("title")).isEqualTo("A");
        assertThat(parsed.body()).isEqualTo("Body\n");
        assertThat(parsed.bodyLine()).isEqualTo(4);
    }

    @Test
    void parse_fenceWithTrailingSpaces_accepted() {
        ParsedSource parsed = parse("---  \ntitle: A\n---\t\nBody\n");

        assertThat(parsed.frontMatter().get("title")).isEqualTo("A");
        assertThat(parsed.body()).isEqualTo("Body\n");
    }

    @Test
    void parse_dashesInBody_keptInBody() {
        ParsedSource parsed = parse("---\ntitle: A\n---\nBefore\n\n---\n\nAfter\n");

        assertThat(parsed.frontMatter().values()).containsOnlyKeys("title");
        assertThat(parsed.body()).isEqualTo("Before\n\n---\n\nAfter\n");
    }

    @Test
    void parse_unclosed_errorOnLineOne() {
        ParsedSource parsed = parse("---\ntitle: A\n\nBody text\n");

        assertThat(parsed).isNull();
        ContentProblem error = onlyError();
        assertThat(error.file()).isEqualTo("blog/post.md");
        assertThat(error.line()).isEqualTo(1);
        assertThat(error.message()).contains("never closed");
    }

    @Test
    void parse_openingFenceOnly_unclosedError() {
        ParsedSource parsed = parse("---");

        assertThat(parsed).isNull();
        assertThat(onlyError().message()).contains("never closed");
    }

    @Test
    void parse_yamlSyntaxError_fileLineAndColumn() {
        // The YAML starts on file line 2. The unclosed flow sequence fails at the ':' on file line 4.
        ParsedSource parsed = parse("---\ntitle: Fine\ntags: [a, b\nauthor: x\n---\n");

        assertThat(parsed).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).startsWith("invalid YAML in front matter: ");
        assertThat(error.message()).contains("flow sequence");
        assertThat(error.line()).isEqualTo(4);
        assertThat(error.column()).isEqualTo(7);
    }

    @Test
    void parse_badIndentation_exactPosition() {
        ParsedSource parsed = parse("---\ntitle: A\n  bad: indent\n---\n");

        assertThat(parsed).isNull();
        ContentProblem error = onlyError();
        assertThat(error.line()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(6);
        assertThat(error.toString()).startsWith("blog/post.md:3:6: invalid YAML in front matter: ");
    }

    @Test
    void parse_tabIndentation_errorOnItsLine() {
        ParsedSource parsed = parse("---\nauthor:\n\tname: A\n---\n");

        assertThat(parsed).isNull();
        assertThat(onlyError().line()).isEqualTo(3);
    }

    @Test
    void parse_sequenceRoot_rejectedAsNotMapping() {
        ParsedSource parsed = parse("---\n- a\n- b\n---\n");

        assertThat(parsed).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("must be a YAML mapping");
        assertThat(error.line()).isEqualTo(2);
        assertThat(error.column()).isEqualTo(1);
    }

    @Test
    void parse_scalarRoot_rejectedAsNotMapping() {
        ParsedSource parsed = parse("---\njust some words\n---\n");

        assertThat(parsed).isNull();
        assertThat(onlyError().message()).contains("must be a YAML mapping");
    }

    @Test
    void parse_duplicateKey_rejectedWithLine() {
        ParsedSource parsed = parse("---\ntitle: A\ndate: 2024-01-01\ntitle: B\n---\n");

        assertThat(parsed).isNull();
        ContentProblem error = onlyError();
        assertThat(error.message()).contains("title");
        assertThat(error.message()).containsIgnoringCase("duplicate");
        assertThat(error.line()).isEqualTo(4);
    }

    @Test
    void parse_aliasBomb_rejected() {
        StringBuilder yaml = new StringBuilder("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        char previous = 'a';
        for (char name = 'b'; name <= 'i'; name++) {
            yaml.append(name).append(": &").append(name).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ",").append('*').append(previous);
            }
            yaml.append("]\n");
            previous = name;
        }
        yaml.append("---\nBody\n");

        long start = System.nanoTime();
        ParsedSource parsed = parse(yaml.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(parsed).isNull();
        assertThat(onlyError().message()).startsWith("invalid YAML in front matter: ");
        assertThat(onlyError().message()).containsIgnoringCase("alias");
        assertThat(millis).isLessThan(2_000);
    }

    @Test
    void parse_fewAliases_accepted() {
        ParsedSource parsed = parse("---\nbase: &who {name: Ann}\nauthor: *who\n---\n");

        assertThat(parsed.frontMatter().get("author")).isEqualTo(Map.of("name", "Ann"));
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void parse_oversizedFrontMatter_rejected() {
        String yaml = "---\ntext: \"" + "x".repeat(FrontMatterParser.MAX_FRONT_MATTER_CHARACTERS) + "\"\n---\n";

        ParsedSource parsed = parse(yaml);

        assertThat(parsed).isNull();
        assertThat(onlyError().message()).contains("more than the limit");
    }

    @Test
    void parse_nonScalarKey_rejected() {
        ParsedSource parsed = parse("---\n? [a, b]\n: value\n---\n");

        assertThat(parsed).isNull();
        assertThat(onlyError().message()).contains("keys must be plain names");
    }
}
