<?xml version="1.0" encoding="UTF-8"?>
<!--
  Renders an RSS 2.0 feed as a readable HTML page when a browser opens the feed.

  XSLT 1.0 only, because that is the only version browsers run. The page is self-contained:
  inline CSS, no scripts, fonts or images. Item HTML (content:encoded) is not rendered, because
  it would need disable-output-escaping, which Firefox does not support. Every value from the
  feed is written as text, so markup in a title or description shows as characters.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:atom="http://www.w3.org/2005/Atom"
    xmlns:content="http://purl.org/rss/1.0/modules/content/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:media="http://search.yahoo.com/mrss/"
    exclude-result-prefixes="atom content dc media">

  <xsl:output method="html" encoding="UTF-8" indent="no"
      doctype-system="about:legacy-compat"/>

  <xsl:variable name="self-url" select="/rss/channel/atom:link[@rel = 'self'][1]/@href"/>

  <xsl:template match="/">
    <xsl:apply-templates select="rss/channel"/>
  </xsl:template>

  <xsl:template match="channel">
    <html>
      <xsl:if test="normalize-space(language)">
        <xsl:attribute name="lang"><xsl:value-of select="normalize-space(language)"/></xsl:attribute>
      </xsl:if>
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="title"/> (RSS feed)</title>
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
            <p class="kind">RSS feed</p>
            <h1><xsl:value-of select="title"/></h1>
            <xsl:if test="normalize-space(description)">
              <p class="lede"><xsl:value-of select="description"/></p>
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
            <xsl:if test="normalize-space(link)">
              <p>
                <xsl:text>To read the posts on the website, visit </xsl:text>
                <xsl:call-template name="link-or-text">
                  <xsl:with-param name="url" select="normalize-space(link)"/>
                  <xsl:with-param name="text" select="normalize-space(link)"/>
                  <xsl:with-param name="class" select="'site-link'"/>
                </xsl:call-template>
                <xsl:text>.</xsl:text>
              </p>
            </xsl:if>
          </section>

          <main>
            <h2 class="items-heading">
              <xsl:text>Posts in this feed (</xsl:text>
              <xsl:value-of select="count(item)"/>
              <xsl:text>)</xsl:text>
            </h2>
            <xsl:apply-templates select="item"/>
            <xsl:if test="not(item)">
              <p class="empty">The feed has no posts yet.</p>
            </xsl:if>
          </main>

          <footer>
            <xsl:if test="normalize-space(copyright)">
              <p><xsl:value-of select="copyright"/></p>
            </xsl:if>
            <xsl:if test="normalize-space(generator)">
              <p>Feed written by <xsl:value-of select="generator"/>.</p>
            </xsl:if>
          </footer>
        </div>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="item">
    <article class="item">
      <h3>
        <xsl:variable name="title">
          <xsl:choose>
            <xsl:when test="normalize-space(title)"><xsl:value-of select="title"/></xsl:when>
            <xsl:otherwise>Untitled post</xsl:otherwise>
          </xsl:choose>
        </xsl:variable>
        <xsl:call-template name="link-or-text">
          <xsl:with-param name="url" select="normalize-space(link)"/>
          <xsl:with-param name="text" select="$title"/>
        </xsl:call-template>
      </h3>

      <xsl:if test="normalize-space(description)">
        <p class="summary"><xsl:value-of select="description"/></p>
      </xsl:if>

      <p class="meta">
        <xsl:choose>
          <xsl:when test="normalize-space(pubDate)">
            <time><xsl:value-of select="normalize-space(pubDate)"/></time>
          </xsl:when>
          <xsl:otherwise>No date</xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="dc:creator[normalize-space()]">
          <xsl:choose>
            <xsl:when test="position() = 1"> · by </xsl:when>
            <xsl:otherwise>, </xsl:otherwise>
          </xsl:choose>
          <xsl:value-of select="normalize-space(.)"/>
        </xsl:for-each>
        <xsl:if test="category[normalize-space()]">
          <xsl:text> · </xsl:text>
          <xsl:for-each select="category[normalize-space()]">
            <span class="tag"><xsl:value-of select="normalize-space(.)"/></span>
            <xsl:text> </xsl:text>
          </xsl:for-each>
        </xsl:if>
      </p>
    </article>
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
