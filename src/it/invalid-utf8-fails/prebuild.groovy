// Writes a page saved as Latin-1: the byte 0xE9 of "café" is not valid UTF-8.
File page = new File(basedir, 'src/site/markdown/news/cafe.md')
ByteArrayOutputStream bytes = new ByteArrayOutputStream()
bytes.write('---\ntitle: Caf'.getBytes('US-ASCII'))
bytes.write(0xE9)
bytes.write(' opens\n---\nText.\n'.getBytes('US-ASCII'))
page.bytes = bytes.toByteArray()
return true
