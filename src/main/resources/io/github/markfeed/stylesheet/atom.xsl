<?xml version="1.0" encoding="UTF-8"?>
<!--
  Renders an Atom 1.0 feed as a readable HTML page when a browser opens the feed.

  XSLT 1.0 only, because that is the only version browsers run. The page is self-contained:
  inline CSS, no scripts, fonts or images. Entry content is not rendered, because it would need
  disable-output-escaping, which Firefox does not support. Every value from the feed is written
  as text. A title or summary of type="html" has its tags removed and its character references
  decoded first, so that it reads as plain text.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:a="http://www.w3.org/2005/Atom"
    exclude-result-prefixes="a">

  <xsl:output method="html" encoding="UTF-8" indent="no"
      doctype-system="about:legacy-compat"/>

  <xsl:variable name="self-url" select="/a:feed/a:link[@rel = 'self'][1]/@href"/>
  <!-- An Atom link without rel is an alternate link. -->
  <xsl:variable name="site-url"
      select="/a:feed/a:link[@rel = 'alternate' or not(@rel)][1]/@href"/>

  <!-- HTML tags that separate words. Each name has a space on both sides. -->
  <xsl:variable name="block-tags"
      select="' address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li ol p pre section table td th tr ul '"/>

  <xsl:template match="/">
    <xsl:apply-templates select="a:feed"/>
  </xsl:template>

  <xsl:template match="a:feed">
    <xsl:variable name="title">
      <xsl:call-template name="plain-text">
        <xsl:with-param name="construct" select="a:title"/>
      </xsl:call-template>
    </xsl:variable>
    <html>
      <xsl:if test="normalize-space(@xml:lang)">
        <xsl:attribute name="lang"><xsl:value-of select="normalize-space(@xml:lang)"/></xsl:attribute>
      </xsl:if>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="$title"/> (Atom feed)</title>
        <style>
          :root { color-scheme: light; }
          * { box-sizing: border-box; }
          body {
            margin: 0;
            background: #fbfbf9;
            color: #22262b;
            font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
            font-size: 1rem;
            line-height: 1.45;
          }
          .wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
          /* Chromium 156 lays a notice about the removal of XSLT over the top of the page,
             about 105 px tall at 1200 px wide. The top padding keeps the title below it. On
             narrow screens the notice is taller than any sensible padding, so there the page
             keeps a normal margin. */
          .masthead {
            padding: 7rem 0 1.25rem;
            border-bottom: 1px solid #e2e5e9;
            background: #f0f4f8;
          }
          .kind {
            display: inline-block;
            margin: 0 0 0.5rem;
            padding: 0.05rem 0.55rem;
            border-radius: 999px;
            background: #fde8cc;
            color: #8a4b08;
            font-size: 0.75rem;
            font-weight: 600;
            letter-spacing: 0.04em;
            text-transform: uppercase;
          }
          h1 { margin: 0 0 0.35rem; font-size: 2rem; line-height: 1.2; overflow-wrap: anywhere; }
          h2 { margin: 0 0 0.4rem; font-size: 1.1rem; }
          .lede { margin: 0; color: #4a5058; font-size: 1.1rem; }
          .note {
            margin: 1.25rem 0 1.5rem;
            padding: 0.75rem 1rem;
            border: 1px solid #d6e2f0;
            border-left: 4px solid #2f6fb7;
            border-radius: 6px;
            background: #f3f7fc;
          }
          .note p { margin: 0.3rem 0; }
          .feed-url {
            display: block;
            margin: 0.4rem 0;
            padding: 0.35rem 0.65rem;
            border: 1px solid #c9d6e6;
            border-radius: 4px;
            background: #ffffff;
            font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
            font-size: 0.9rem;
            overflow-wrap: anywhere;
            user-select: all;
          }
          a { color: #1b5ea8; }
          a:hover { color: #0d3f75; }
          .site-link { font-weight: 600; }
          .items-heading { margin: 0; padding-bottom: 0.4rem; border-bottom: 2px solid #d5d9de; }
          .item { padding: 0.6rem 0 0.65rem; border-bottom: 1px solid #e6e8eb; }
          .item h3 { margin: 0 0 0.15rem; font-size: 1.15rem; line-height: 1.35; overflow-wrap: anywhere; }
          .item h3 a { text-decoration: none; }
          .item h3 a:hover { text-decoration: underline; }
          .summary { margin: 0 0 0.3rem; color: #30353b; }
          .meta { margin: 0; color: #626872; font-size: 0.85rem; }
          .tag {
            display: inline-block;
            margin: 0.1rem 0.3rem 0 0;
            padding: 0 0.5rem;
            border-radius: 999px;
            background: #eceee9;
            color: #3d434a;
          }
          .empty { color: #626872; }
          footer { padding: 1.5rem 0 2.5rem; color: #767c85; font-size: 0.85rem; }
          footer p { margin: 0.2rem 0; }
          @media (max-width: 36rem) {
            h1 { font-size: 1.6rem; }
            .masthead { padding-top: 1.25rem; }
          }
        </style>
      </head>
      <body>
        <header class="masthead">
          <div class="wrap">
            <p class="kind">Atom feed</p>
            <h1><xsl:value-of select="$title"/></h1>
            <xsl:if test="normalize-space(a:subtitle)">
              <p class="lede">
                <xsl:call-template name="plain-text">
                  <xsl:with-param name="construct" select="a:subtitle"/>
                </xsl:call-template>
              </p>
            </xsl:if>
          </div>
        </header>

        <div class="wrap">
          <section class="note">
            <h2>This is a web feed</h2>
            <p>
              A feed reader shows new posts from this site as they appear. To subscribe,
              copy the address of this page into your feed reader. The feed's address is:
            </p>
            <xsl:choose>
              <xsl:when test="normalize-space($self-url)">
                <code class="feed-url"><xsl:value-of select="$self-url"/></code>
              </xsl:when>
              <xsl:otherwise>
                <p><em>Use the address shown in your browser's address bar.</em></p>
              </xsl:otherwise>
            </xsl:choose>
            <xsl:if test="normalize-space($site-url)">
              <p>
                <xsl:text>To read the posts on the website, visit </xsl:text>
                <xsl:call-template name="link-or-text">
                  <xsl:with-param name="url" select="normalize-space($site-url)"/>
                  <xsl:with-param name="text" select="normalize-space($site-url)"/>
                  <xsl:with-param name="class" select="'site-link'"/>
                </xsl:call-template>
                <xsl:text>.</xsl:text>
              </p>
            </xsl:if>
          </section>

          <main>
            <h2 class="items-heading">
              <xsl:text>Posts in this feed (</xsl:text>
              <xsl:value-of select="count(a:entry)"/>
              <xsl:text>)</xsl:text>
            </h2>
            <xsl:apply-templates select="a:entry"/>
            <xsl:if test="not(a:entry)">
              <p class="empty">The feed has no posts yet.</p>
            </xsl:if>
          </main>

          <footer>
            <xsl:if test="normalize-space(a:rights)">
              <p>
                <xsl:call-template name="plain-text">
                  <xsl:with-param name="construct" select="a:rights"/>
                </xsl:call-template>
              </p>
            </xsl:if>
            <xsl:if test="normalize-space(a:generator)">
              <p>
                <xsl:text>Feed written by </xsl:text>
                <xsl:value-of select="normalize-space(a:generator)"/>
                <xsl:if test="normalize-space(a:generator/@version)">
                  <xsl:text> </xsl:text>
                  <xsl:value-of select="normalize-space(a:generator/@version)"/>
                </xsl:if>
                <xsl:text>.</xsl:text>
              </p>
            </xsl:if>
          </footer>
        </div>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="a:entry">
    <xsl:variable name="published" select="substring(normalize-space(a:published), 1, 10)"/>
    <xsl:variable name="updated" select="substring(normalize-space(a:updated), 1, 10)"/>
    <!-- An entry without authors takes the feed's authors, as Atom defines. -->
    <xsl:variable name="authors" select="a:author[normalize-space(a:name)]
        | /a:feed[not(current()/a:author[normalize-space(a:name)])]/a:author[normalize-space(a:name)]"/>

    <article class="item">
      <h3>
        <xsl:variable name="title">
          <xsl:call-template name="plain-text">
            <xsl:with-param name="construct" select="a:title"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="link-or-text">
          <xsl:with-param name="url"
              select="normalize-space(a:link[@rel = 'alternate' or not(@rel)][1]/@href)"/>
          <xsl:with-param name="text">
            <xsl:choose>
              <xsl:when test="normalize-space($title)"><xsl:value-of select="$title"/></xsl:when>
              <xsl:otherwise>Untitled post</xsl:otherwise>
            </xsl:choose>
          </xsl:with-param>
        </xsl:call-template>
      </h3>

      <xsl:if test="normalize-space(a:summary)">
        <p class="summary">
          <xsl:call-template name="plain-text">
            <xsl:with-param name="construct" select="a:summary"/>
          </xsl:call-template>
        </p>
      </xsl:if>

      <p class="meta">
        <xsl:choose>
          <xsl:when test="$published">
            <time datetime="{$published}"><xsl:value-of select="$published"/></time>
            <xsl:if test="$updated and $updated != $published">
              <xsl:text> (updated </xsl:text>
              <time datetime="{$updated}"><xsl:value-of select="$updated"/></time>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </xsl:when>
          <xsl:when test="$updated">
            <time datetime="{$updated}"><xsl:value-of select="$updated"/></time>
          </xsl:when>
          <xsl:otherwise>No date</xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$authors">
          <xsl:choose>
            <xsl:when test="position() = 1"> · by </xsl:when>
            <xsl:otherwise>, </xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="normalize-space(a:name)"/>
        </xsl:for-each>
        <xsl:if test="a:category[normalize-space(@term)]">
          <xsl:text> · </xsl:text>
          <xsl:for-each select="a:category[normalize-space(@term)]">
            <span class="tag">
              <xsl:choose>
                <xsl:when test="normalize-space(@label)"><xsl:value-of select="normalize-space(@label)"/></xsl:when>
                <xsl:otherwise><xsl:value-of select="normalize-space(@term)"/></xsl:otherwise>
              </xsl:choose>
            </span>
            <xsl:text> </xsl:text>
          </xsl:for-each>
        </xsl:if>
      </p>
    </article>
  </xsl:template>

  <!--
    Writes the text of an Atom text construct (title, subtitle, summary, rights). For type="text"
    and type="xhtml", that is the string value. For type="html", the value is escaped HTML, so
    its tags are removed and the usual character references decoded.
  -->
  <xsl:template name="plain-text">
    <xsl:param name="construct"/>
    <xsl:choose>
      <xsl:when test="$construct/@type = 'html'">
        <xsl:variable name="untagged">
          <xsl:call-template name="remove-tags">
            <xsl:with-param name="text" select="string($construct)"/>
          </xsl:call-template>
        </xsl:variable>
        <xsl:call-template name="decode-references">
          <xsl:with-param name="text" select="normalize-space($untagged)"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="normalize-space($construct)"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Removes every <...> run. A literal < in escaped HTML is written &lt;, so each < starts a tag.
    A block tag such as <p> or <br> becomes a space, so that "<p>One</p><p>Two</p>" reads
    "One Two", while an inline tag such as <em> leaves no gap inside a word.
  -->
  <xsl:template name="remove-tags">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="contains($text, '&lt;')">
        <xsl:variable name="tag" select="substring-before(substring-after($text, '&lt;'), '&gt;')"/>
        <xsl:variable name="tag-name" select="substring-before(concat(normalize-space(translate($tag,
            '/&#9;&#10;&#13;ABCDEFGHIJKLMNOPQRSTUVWXYZ',
            '    abcdefghijklmnopqrstuvwxyz')), ' '), ' ')"/>
        <xsl:value-of select="substring-before($text, '&lt;')"/>
        <xsl:if test="contains($block-tags, concat(' ', $tag-name, ' '))">
          <xsl:text> </xsl:text>
        </xsl:if>
        <xsl:call-template name="remove-tags">
          <xsl:with-param name="text" select="substring-after(substring-after($text, '&lt;'), '&gt;')"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Decodes the character references that HTML summaries use most. &amp; goes last, so that
    &amp;lt; becomes the text &lt; and not <. Other references, such as &eacute;, stay as written.
  -->
  <xsl:template name="decode-references">
    <xsl:param name="text"/>
    <xsl:variable name="step1">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$text"/>
        <xsl:with-param name="from" select="'&amp;lt;'"/>
        <xsl:with-param name="to" select="'&lt;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="step2">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$step1"/>
        <xsl:with-param name="from" select="'&amp;gt;'"/>
        <xsl:with-param name="to" select="'&gt;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="step3">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$step2"/>
        <xsl:with-param name="from" select="'&amp;quot;'"/>
        <xsl:with-param name="to" select="'&quot;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="step4">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$step3"/>
        <xsl:with-param name="from" select="'&amp;#39;'"/>
        <xsl:with-param name="to">'</xsl:with-param>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="step5">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="$step4"/>
        <xsl:with-param name="from" select="'&amp;nbsp;'"/>
        <xsl:with-param name="to" select="'&#160;'"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="replace">
      <xsl:with-param name="text" select="$step5"/>
      <xsl:with-param name="from" select="'&amp;amp;'"/>
      <xsl:with-param name="to" select="'&amp;'"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:value-of select="$text"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    Writes a link only for an http or https URL, so that a javascript: or data: URL in a feed
    cannot run when the reader clicks it. Any other URL shows its text without a link.
  -->
  <xsl:template name="link-or-text">
    <xsl:param name="url"/>
    <xsl:param name="text"/>
    <xsl:param name="class"/>
    <xsl:variable name="lower-url"
        select="translate($url, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
    <xsl:choose>
      <xsl:when test="starts-with($lower-url, 'https://') or starts-with($lower-url, 'http://')">
        <a href="{$url}">
          <xsl:if test="$class">
            <xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute>
          </xsl:if>
          <xsl:value-of select="$text"/>
        </a>
      </xsl:when>
      <xsl:otherwise>
        <span>
          <xsl:if test="$class">
            <xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute>
          </xsl:if>
          <xsl:value-of select="$text"/>
        </span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

</xsl:stylesheet>
