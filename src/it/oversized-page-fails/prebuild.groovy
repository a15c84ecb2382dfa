// Writes a page of 5,000 bytes, more than the <maxPageSize> of 4096 bytes that the POM sets.
String head = '---\ntitle: Long log\n---\n'
new File(basedir, 'src/site/markdown/news/long-log.md').setText(head + 'x' * (5000 - head.length()), 'UTF-8')
return true
