// markfeed:check reads feeds it did not write: every defect is logged with the file, the element
// path and the rule, the XSL file is skipped, and the build fails once with the count.
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()

assert lines.contains('[ERROR] rss.xml:/rss/channel: [rss.channel.description.missing] <channel> has no <description>, which RSS 2.0 requires')
assert lines.contains("[ERROR] rss.xml:/rss/channel/item/pubDate: [rss.item.pubDate.rfc822] '2025-03-01T09:00:00Z' is an ISO 8601 date, but RSS 2.0 needs RFC 822 such as 'Mon, 15 Jan 2024 10:30:00 +0100'")
assert lines.contains('[ERROR] news/atom.xml:/feed/entry: [atom.entry.id.missing] <entry> has no <id>, which RFC 4287 requires')
assert lines.any { it.startsWith('[INFO] Checked 2 files in ') && it.endsWith('target/site: 3 errors, 0 warnings') }
assert lines.any { it.startsWith('[ERROR] Failed to execute goal') && it.contains('markfeed:check found 3 errors') }
assert !log.contains('rss.xsl')
assert log.contains('[INFO] BUILD FAILURE')
return true
