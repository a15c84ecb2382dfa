package io.github.markfeed.changelog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.markfeed.core.ContentProblem;
import io.github.markfeed.core.ContentProblems;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangelogParserTest {

    private final ContentProblems problems = new ContentProblems();

    private ChangelogParser.Changelog parse(String text) {
        return new ChangelogParser().parse(text, "CHANGELOG.md", problems);
    }

    private static List<String> versions(ChangelogParser.Changelog changelog) {
        return changelog.releases().stream().map(Release::version).toList();
    }

    @Test
    void keepAChangelog_linksAndYanked() {
        ChangelogParser.Changelog changelog = parse("""
                # Changelog

                All notable changes to this project are documented in this file.

                ## [Unreleased]

                ### Added

                - Plugin hooks.

                ## [2.1.0] - 2024-06-02

                ### Added

                - Dark theme.
                - Export to PDF.

                ### Fixed

                - Crash on empty input.

                ## [2.0.1] - 2024-05-20 [YANKED]

                ### Fixed

                - A cache fix that broke start-up.

                ## [2.0.0] - 2024-05-01

                ### Removed

                - The old importer.

                [unreleased]: https://github.com/acme/tool/compare/v2.1.0...HEAD
                [2.1.0]: https://github.com/acme/tool/compare/v2.0.1...v2.1.0
                [2.0.1]: https://github.com/acme/tool/compare/v2.0.0...v2.0.1
                [2.0.0]: https://github.com/acme/tool/releases/tag/v2.0.0
                """);

        assertThat(versions(changelog)).containsExactly("2.1.0", "2.0.1", "2.0.0");
        Release latest = changelog.releases().get(0);
        assertThat(latest.date()).isEqualTo(LocalDate.of(2024, 6, 2));
        assertThat(latest.line()).isEqualTo(11);
        assertThat(latest.anchor()).isEqualTo("210---2024-06-02");
        assertThat(latest.linkUrl()).isEqualTo("https://github.com/acme/tool/compare/v2.0.1...v2.1.0");
        assertThat(latest.markdown()).contains("- Export to PDF.").contains("### Fixed").doesNotContain("cache fix");
        assertThat(latest.yanked()).isFalse();
        Release yanked = changelog.releases().get(1);
        assertThat(yanked.yanked()).isTrue();
        assertThat(yanked.date()).isEqualTo(LocalDate.of(2024, 5, 20));
        Release oldest = changelog.releases().get(2);
        assertThat(oldest.markdown()).doesNotContain("[2.0.0]:").doesNotContain("https://");
        assertThat(oldest.linkUrl()).isEqualTo("https://github.com/acme/tool/releases/tag/v2.0.0");
        assertThat(changelog.linkDefinitions()).contains("[2.1.0]: https://github.com/acme/tool/compare/v2.0.1...v2.1.0");
        assertThat(problems.errors()).isEmpty();
        assertThat(problems.warnings()).isEmpty();
    }

    @Test
    void unbracketed_versionDashDate() {
        ChangelogParser.Changelog changelog = parse("""
                # Changes

                ## 3.4.1 - 2023-11-30

                - Fix the Windows path separator.

                ## 3.4.0 - 2023-11-02

                - Add the --quiet option.
                """);

        assertThat(versions(changelog)).containsExactly("3.4.1", "3.4.0");
        assertThat(changelog.releases().get(0).date()).isEqualTo(LocalDate.of(2023, 11, 30));
        assertThat(changelog.releases().get(0).anchor()).isEqualTo("341---2023-11-30");
        assertThat(changelog.releases().get(0).linkUrl()).isNull();
        assertThat(changelog.releases().get(1).markdown()).isEqualTo("- Add the --quiet option.\n");
    }

    @Test
    void vPrefix_dateInParentheses() {
        ChangelogParser.Changelog changelog = parse("""
                # Release notes

                ## v0.9.0 (2022-02-14)

                * Faster parser.

                ## v0.8.2 (2022-01-03)

                * Typo fixes.
                """);

        assertThat(versions(changelog)).containsExactly("0.9.0", "0.8.2");
        assertThat(changelog.releases().get(0).label()).isEqualTo("v0.9.0");
        assertThat(changelog.releases().get(0).date()).isEqualTo(LocalDate.of(2022, 2, 14));
        assertThat(changelog.releases().get(0).anchor()).isEqualTo("v090-2022-02-14");
    }

    @Test
    void linkedHeading_conventionalChangelog() {
        ChangelogParser.Changelog changelog = parse("""
                # Changelog

                ## [1.3.0](https://github.com/acme/lib/compare/v1.2.0...v1.3.0) (2024-01-15)

                ### Features

                * **api:** add retries ([abc1234](https://github.com/acme/lib/commit/abc1234))
                """);

        Release release = changelog.releases().get(0);
        assertThat(release.version()).isEqualTo("1.3.0");
        assertThat(release.date()).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(release.linkUrl()).isEqualTo("https://github.com/acme/lib/compare/v1.2.0...v1.3.0");
        assertThat(release.anchor()).isEqualTo("130-2024-01-15");
    }

    @Test
    void wordBeforeDate_dated() {
        ChangelogParser.Changelog changelog = parse("## [4.0.0-1] Prerelease (2019-10-08)\n\n(Released in 4.0.0)\n");

        assertThat(changelog.releases().get(0).version()).isEqualTo("4.0.0-1");
        assertThat(changelog.releases().get(0).date()).isEqualTo(LocalDate.of(2019, 10, 8));
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void dateOnNextLine() {
        ChangelogParser.Changelog changelog = parse("""
                # History

                ## 5.0.0

                _Released 2021-09-01_

                - New configuration format.

                ## 4.2.0

                2021-06-12

                - Faster builds.
                """);

        assertThat(versions(changelog)).containsExactly("5.0.0", "4.2.0");
        assertThat(changelog.releases().get(0).date()).isEqualTo(LocalDate.of(2021, 9, 1));
        assertThat(changelog.releases().get(0).markdown()).isEqualTo("- New configuration format.\n");
        assertThat(changelog.releases().get(1).date()).isEqualTo(LocalDate.of(2021, 6, 12));
        assertThat(changelog.releases().get(1).markdown()).doesNotContain("2021-06-12");
    }

    @Test
    void levelOne_releases() {
        ChangelogParser.Changelog changelog = parse("""
                # 2.0.0 - 2020-03-01

                ## Breaking

                - Drop Java 8.

                # 1.9.0 - 2020-01-20

                ## Added

                - A new flag.
                """);

        assertThat(versions(changelog)).containsExactly("2.0.0", "1.9.0");
        assertThat(changelog.releases().get(0).markdown()).contains("## Breaking").doesNotContain("new flag");
    }

    @Test
    void levelThree_releases() {
        ChangelogParser.Changelog changelog = parse("""
                # Project

                ## Changelog

                ### 1.1.0 - 2019-07-07

                #### Fixed

                - Memory leak.

                ### 1.0.0 - 2019-06-01

                - First release.

                ## License

                MIT
                """);

        assertThat(versions(changelog)).containsExactly("1.1.0", "1.0.0");
        assertThat(changelog.releases().get(0).markdown()).contains("#### Fixed");
        assertThat(changelog.releases().get(1).markdown()).isEqualTo("- First release.\n");
    }

    @Test
    void undated_releaseWithoutDate() {
        ChangelogParser.Changelog changelog = parse("""
                ## 0.2.0

                - Second.

                ## 0.1.0 - 2018-01-01

                - First.
                """);

        assertThat(versions(changelog)).containsExactly("0.2.0", "0.1.0");
        assertThat(changelog.releases().get(0).date()).isNull();
        assertThat(changelog.releases().get(0).markdown()).isEqualTo("- Second.\n");
        assertThat(problems.errors()).isEmpty();
    }

    @Test
    void unreleased_neverARelease() {
        ChangelogParser.Changelog changelog = parse("""
                ## Unreleased

                - Dark mode.

                ## [1.5.0] - Unreleased

                - Planned.

                ## 1.4.0 (unreleased)

                - Also planned.

                ## 1.3.0 - 2024-02-02

                - Shipped.
                """);

        assertThat(versions(changelog)).containsExactly("1.3.0");
        assertThat(changelog.releases().get(0).markdown()).doesNotContain("Dark mode");
    }

    @Test
    void duplicateVersion_isError() {
        parse("""
                ## [1.0.1] - 2024-01-02

                - Fix.

                ## [1.0.1] - 2024-01-01

                - Same version again.
                """);

        List<ContentProblem> errors = problems.errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).file()).isEqualTo("CHANGELOG.md");
        assertThat(errors.get(0).line()).isEqualTo(5);
        assertThat(errors.get(0).message()).contains("1.0.1").contains("line 1");
    }

    @Test
    void badDate_isError() {
        ChangelogParser.Changelog changelog = parse("""
                # Changelog

                ## [1.0.0] - 2024-02-30

                - Fix.

                ## [0.9.0] - 10.01.2024

                - Older.
                """);

        List<ContentProblem> errors = problems.errors();
        assertThat(changelog.releases()).isEmpty();
        assertThat(errors).extracting(ContentProblem::line).containsExactly(3, 7);
        assertThat(errors.get(0).message()).contains("2024-02-30").contains("YYYY-MM-DD");
        assertThat(errors.get(1).message()).contains("10.01.2024");
    }

    @Test
    void badDateOnNextLine_namesThatLine() {
        parse("""
                ## 2.0.0

                2024-13-01

                - Fix.
                """);

        assertThat(problems.errors()).extracting(ContentProblem::line).containsExactly(3);
    }

    @Test
    void dateTime_takesTheDay() {
        ChangelogParser.Changelog changelog = parse("## [1.0.0] - 2024-03-10T18:30:00Z\n\n- Fix.\n");

        assertThat(changelog.releases().get(0).date()).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void fencedCode_headingsIgnored() {
        ChangelogParser.Changelog changelog = parse("""
                ## 1.1.0 - 2024-04-04

                ```markdown
                ## 9.9.9 - 2099-01-01
                ```

                ## 1.0.0 - 2024-03-03

                - First.
                """);

        assertThat(versions(changelog)).containsExactly("1.1.0", "1.0.0");
        assertThat(changelog.releases().get(0).markdown()).contains("9.9.9");
    }

    @Test
    void anchor_githubRule() {
        assertThat(ChangelogParser.anchor("[1.2.0] - 2024-03-10")).isEqualTo("120---2024-03-10");
        assertThat(ChangelogParser.anchor("v1.2.0 (2024-03-10)")).isEqualTo("v120-2024-03-10");
        assertThat(ChangelogParser.anchor("Added")).isEqualTo("added");
    }

    @Test
    void anchor_repeatedHeadingsNumbered() {
        ChangelogParser.Changelog changelog = parse("""
                ## 1.0

                2024-01-01

                ## 10

                2023-12-01
                """);

        assertThat(changelog.releases()).extracting(Release::anchor).containsExactly("10", "10-1");
    }
}
