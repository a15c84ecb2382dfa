// Writes 250 dated readings, so that a limit of 100 URLs per file gives three sitemap files.
// Generating them here keeps hundreds of near-identical files out of the repository.
File content = new File(basedir, 'content')
content.mkdirs()
for (int i = 1; i <= 250; i++) {
    String name = String.format('reading-%03d', i)
    int day = (i - 1) % 28 + 1
    String date = String.format('2025-%02d-%02dT06:00:00Z', (i - 1).intdiv(28) + 1, day)
    new File(content, name + '.md').setText(
            "---\ntitle: Reading ${i}\ndate: ${date}\nslug: ${name}\n---\nHigh water at ${i} cm.\n", 'UTF-8')
}
return true
