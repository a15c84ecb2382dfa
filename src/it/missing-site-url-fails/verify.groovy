// Neither <siteUrl>, -Dmarkfeed.siteUrl nor the POM's <url> is set: the build fails and the
// message names all three ways to fix it.
String log = new File(basedir, 'build.log').getText('UTF-8')
String failure = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal') }

assert failure != null
assert failure =~ /markfeed-maven-plugin:[^:]+:generate/
assert failure.contains('No site URL is set.')
assert failure.contains('<siteUrl>')
assert failure.contains('-Dmarkfeed.siteUrl')
assert failure.contains('<url>')
assert log.contains('[INFO] BUILD FAILURE')
assert !new File(basedir, 'target/site').exists()

return true
