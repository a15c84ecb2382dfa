package io.github.markfeed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

class FeedFormatTest {

    @Test
    void parseList_allThree() {
        assertThat(FeedFormat.parseList("rss,atom,json"))
                .containsExactly(FeedFormat.RSS, FeedFormat.ATOM, FeedFormat.JSON);
    }

    @Test
    void parseList_caseAndSpaces_ignored() {
        assertThat(FeedFormat.parseList(" Atom , JSON ")).containsExactly(FeedFormat.ATOM, FeedFormat.JSON);
    }

    @Test
    void parseList_jsonfeedAlias() {
        assertThat(FeedFormat.parseList("jsonfeed")).containsExactly(FeedFormat.JSON);
    }

    @Test
    void parseList_repeatsAndEmptyParts_ignored() {
        assertThat(FeedFormat.parseList("rss,,atom,rss,")).containsExactly(FeedFormat.RSS, FeedFormat.ATOM);
    }

    @Test
    void parseList_writtenInFixedOrder() {
        assertThat(FeedFormat.parseList("json,rss")).containsExactly(FeedFormat.RSS, FeedFormat.JSON);
    }

    @Test
    void parseList_unknown_errorNamesIt() {
        IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class,
                () -> FeedFormat.parseList("rss, Sitemap "));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("'Sitemap'");
        assertThat(failure.getMessage()).contains("rss, atom and json");
    }

    @Test
    void parseList_empty_error() {
        IllegalArgumentException failure = catchThrowableOfType(IllegalArgumentException.class, () -> FeedFormat.parseList(" , "));

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains("no feed format given");
    }

    @Test
    void keysAndDisplayNames() {
        assertThat(FeedFormat.RSS.key()).isEqualTo("rss");
        assertThat(FeedFormat.ATOM.key()).isEqualTo("atom");
        assertThat(FeedFormat.JSON.key()).isEqualTo("json");
        assertThat(FeedFormat.RSS.displayName()).isEqualTo("RSS feed");
        assertThat(FeedFormat.ATOM.displayName()).isEqualTo("Atom feed");
        assertThat(FeedFormat.JSON.displayName()).isEqualTo("JSON Feed");
    }
}
