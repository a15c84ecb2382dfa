package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorsTest {

    @Test
    void parse_name_noEmail() {
        assertThat(Authors.parse("Jane Doe")).isEqualTo(new Author("Jane Doe", null));
    }

    @Test
    void parse_emailWithNameInParentheses_both() {
        assertThat(Authors.parse("jane@example.org (Jane Doe)")).isEqualTo(new Author("Jane Doe", "jane@example.org"));
    }

    @Test
    void parse_nameWithEmailInAngleBrackets_both() {
        assertThat(Authors.parse("Jane Doe <jane@example.org>")).isEqualTo(new Author("Jane Doe", "jane@example.org"));
    }

    @Test
    void parse_bareEmail_usedAsNameAndEmail() {
        assertThat(Authors.parse("jane@example.org")).isEqualTo(new Author("jane@example.org", "jane@example.org"));
    }

    @Test
    void parse_mapping_nameAndEmail() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("name", " Jane Doe ");
        value.put("email", "jane@example.org");

        assertThat(Authors.parse(value)).isEqualTo(new Author("Jane Doe", "jane@example.org"));
    }

    @Test
    void parse_mappingWithoutName_null() {
        assertThat(Authors.parse(Map.of("email", "jane@example.org"))).isNull();
    }

    @Test
    void parse_blankOrList_null() {
        assertThat(Authors.parse("   ")).isNull();
        assertThat(Authors.parse(List.of("a"))).isNull();
        assertThat(Authors.parse(null)).isNull();
    }

    @Test
    void rssAuthor_emailKnown_emailAndName() {
        assertThat(new Author("Jane Doe", "jane@example.org").rssAuthor()).isEqualTo("jane@example.org (Jane Doe)");
    }

    @Test
    void rssAuthor_emailUnknown_null() {
        assertThat(new Author("Jane Doe", null).rssAuthor()).isNull();
    }
}
