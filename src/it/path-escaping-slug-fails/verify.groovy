// A slug with '..' segments would leave the site's URL space: it is a content error naming the
// file, and nothing is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.contains("[ERROR]   news/escape.md:4:7: the page's URL path '/../../etc/' contains a '..' segment; change 'slug'")
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.endsWith(': 1 content error') }
assert !new File(basedir, 'target/site').exists()
return true
