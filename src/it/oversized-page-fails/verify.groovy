// A page larger than <maxPageSize> is a content error naming the file and its size, found before
// the file is read, and nothing is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.contains('[ERROR]   news/long-log.md: the file is 5000 bytes, more than the limit of 4096 bytes; split the page, or raise <maxPageSize> (-Dmarkfeed.maxPageSize)')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.endsWith(': 1 content error') }
assert !new File(basedir, 'target/site').exists()
return true
