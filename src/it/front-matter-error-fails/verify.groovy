// Invalid YAML in one page's front matter: the build fails, the message names the file relative
// to the content folder with the line and column of the problem, and the output of the earlier
// build (written by prebuild.groovy) is left as it was.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> errors = log.readLines().findAll { it.startsWith('[ERROR]') }
String problem = 'notes/ferry-times.md:3:19: invalid YAML in front matter: mapping values are not allowed here'

assert errors.any { it.startsWith('[ERROR] Failed to execute goal') && it.endsWith(': 1 content error') }
assert errors.count { it.startsWith('[ERROR]   ' + problem) } == 1
assert !log.contains('src/site/markdown/notes/ferry-times.md')
assert !log.contains('winter-timetable')
assert log.contains('[INFO] BUILD FAILURE')
assert !log.contains('Wrote RSS feed')

File site = new File(basedir, 'target/site')
List<String> outputs = site.list().sort()
assert outputs == ['rss.xml']
assert new File(site, 'rss.xml').getText('UTF-8') == '<rss version="2.0"><channel><title>earlier build</title><link>https://example.org/</link><description>Output of an earlier build</description></channel></rss>\n'

return true
