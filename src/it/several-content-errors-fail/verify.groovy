// Six problems in five files: every one is reported once, sorted by file and position, under a
// single count, and the build fails once without touching the earlier output.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()
List<String> errors = lines.findAll { it.startsWith('[ERROR]') }
List<String> problems = [
        "blog/bad-date.md:3:7: invalid date 'fifth of March' in 'date'; use ISO 8601",
        'blog/lights-two.md: has the same URL https://lights.example.org/lights.html as blog/lights-one.md',
        "blog/maybe-draft.md:3:8: 'draft' must be true or false, not 'maybe'",
        "blog/no-title.md: page has no title; add 'title: ...' to the front matter or start the page with a '# Heading'",
        "blog/two-errors.md:3:7: 'tags' must be a list or a comma-separated string, not a mapping",
        "blog/two-errors.md:4:8: 'draft' must be true or false, not 'sometimes'"]

List<String> failures = errors.findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 1
assert failures[0].endsWith(': 6 content errors')

// The problem lines follow the failure line, one each, in this order.
int first = errors.indexOf(failures[0]) + 1
List<String> reported = errors.subList(first, first + problems.size())
for (int i = 0; i < problems.size(); i++) {
    assert reported[i].startsWith('[ERROR]   ' + problems[i])
}
for (String problem : problems) {
    assert errors.count { it.contains(problem) } == 1
}
assert errors[first + problems.size()] == '[ERROR] -> [Help 1]'

// Nothing about the pages is logged outside the failure, and the valid page is not named at all.
assert !lines.any { (it.startsWith('[WARNING]') || it.startsWith('[INFO]')) && it.contains('blog/') }
assert !log.contains('good-page')
assert lines.count { it == '[INFO] BUILD FAILURE' } == 1

File site = new File(basedir, 'target/site')
assert site.list().sort() == ['rss.xml']
assert new File(site, 'rss.xml').getText('UTF-8') == '<rss version="2.0"><channel><title>earlier build</title><link>https://example.org/</link><description>Output of an earlier build</description></channel></rss>\n'

return true
