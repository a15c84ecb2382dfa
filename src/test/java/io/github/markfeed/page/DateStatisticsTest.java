package io.github.markfeed.page;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.DateSource;
import org.junit.jupiter.api.Test;

class DateStatisticsTest {

    @Test
    void summary_noPages() {
        assertThat(new DateStatistics().summary()).isEqualTo("Dates: published from none 0; updated from none 0");
    }

    @Test
    void summary_countsPerSourceInEnumOrder() {
        DateStatistics statistics = new DateStatistics();
        statistics.published(DateSource.FILENAME);
        statistics.published(DateSource.FRONTMATTER);
        statistics.published(DateSource.FRONTMATTER);
        statistics.published(null);
        statistics.updated(DateSource.GIT_UPDATED);
        statistics.updated(null);
        statistics.updated(null);

        assertThat(statistics.summary())
                .isEqualTo("Dates: published from frontmatter 2, filename 1, none 1; updated from git-updated 1, none 2");
    }

    @Test
    void summary_oneUncommittedPage() {
        DateStatistics statistics = new DateStatistics();
        statistics.uncommitted();

        assertThat(statistics.summary()).endsWith("; 1 page with uncommitted changes, so no git-updated date");
    }

    @Test
    void summary_twoUncommittedPages() {
        DateStatistics statistics = new DateStatistics();
        statistics.uncommitted();
        statistics.uncommitted();

        assertThat(statistics.summary()).endsWith("; 2 pages with uncommitted changes, so no git-updated date");
    }
}
