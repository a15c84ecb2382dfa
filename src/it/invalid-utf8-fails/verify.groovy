// A page that is not UTF-8 is a content error naming the file and the byte, and nothing is written.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.contains('[ERROR]   news/cafe.md: not valid UTF-8: byte 0xE9 at offset 14; save the file as UTF-8')
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.endsWith(': 1 content error') }
assert !new File(basedir, 'target/site').exists()
return true
