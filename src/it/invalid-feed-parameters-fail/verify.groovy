// Three invalid feed parameters: an unknown format, an unknown content mode and a <feeds> entry
// without <id>. The build fails once, and the one failure lists all three, each naming its
// parameter.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

List<String> failures = lines.findAll { it.startsWith('[ERROR] Failed to execute goal') }
assert failures.size() == 1
assert failures[0] =~ /markfeed-maven-plugin:[^:]+:generate/
assert failures[0].endsWith(': 3 configuration problems:')

// The numbered problems follow the failure line, one a line, in the order they are checked.
int first = lines.indexOf(failures[0]) + 1
List<String> problems = lines.subList(first, first + 3)
assert problems[0] == "[ERROR]   1. Invalid <formats> (-Dmarkfeed.formats) 'rss,yaml': unknown feed format 'yaml'; the formats are rss, atom and json."
assert problems[1] == "[ERROR]   2. Invalid <content> (-Dmarkfeed.content): unknown content mode 'teaser'; use full, summary or none."
assert problems[2] == '[ERROR]   3. Invalid <feeds> entry 1: <id> is missing; give each feed a short unique name.'

assert lines.count { it == '[INFO] BUILD FAILURE' } == 1
assert !new File(basedir, 'target/site').exists()

return true
