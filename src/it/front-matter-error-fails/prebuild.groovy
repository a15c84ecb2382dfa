// Leaves the output of an earlier, successful build in place, so that verify.groovy can check
// that the failed build did not touch it.
File site = new File(basedir, 'target/site')
site.mkdirs()
new File(site, 'rss.xml').setText('<rss version="2.0"><channel><title>earlier build</title><link>https://example.org/</link><description>Output of an earlier build</description></channel></rss>\n', 'UTF-8')
return true
