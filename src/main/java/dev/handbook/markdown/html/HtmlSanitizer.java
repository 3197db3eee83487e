package dev.handbook.markdown.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;
import org.jsoup.safety.Safelist;

/**
 * Cleans raw HTML written in Markdown against an explicit allow-list ({@link #safelist()}).
 *
 * <p>Raw HTML in Markdown comes in pieces: an HTML block may open a {@code <details>} that a later block closes,
 * an inline tag is one {@code HtmlInline} node. So the sanitizer works on the token stream, not on a parsed tree
 * that would balance (and so move) tags: each tag is read with CommonMark's tag grammar and rebuilt from its
 * allowed attributes with escaped values; text keeps its entities and has every other {@code <}, {@code >} and
 * {@code &} escaped; comments are dropped; an element that is not allowed loses its tags, and for script-like
 * elements its content too. URLs are allowed only relative or with http, https or mailto (images: relative only, so
 * that no page loads anything from another host).
 *
 * <p>{@code <div class="break-line"></div>} (also with {@code section} or {@code end}) becomes
 * {@code <hr class="break-line">}: the source's separators, made semantic.
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlSanitizer {
  private static final String BASE_URI = "https://handbook.invalid/";
  /** Longest tag read as a tag; anything longer is text (bounds the work per {@code <}). */
  private static final int MAX_TAG = 8192;

  private static final String ATTRIBUTE =
      "[A-Za-z_:][A-Za-z0-9_.:-]*(?:\\s*=\\s*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?";
  private static final Pattern OPEN_TAG =
      Pattern.compile("<([A-Za-z][A-Za-z0-9-]*)((?:\\s+" + ATTRIBUTE + ")*)\\s*(/?)>");
  private static final Pattern ATTRIBUTES = Pattern.compile(
      "([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\\s*=\\s*(?:([^\"'=<>`\\x00-\\x20]+)|'([^']*)'|\"([^\"]*)\"))?");
  private static final Pattern CLOSE_TAG = Pattern.compile("</([A-Za-z][A-Za-z0-9-]*)\\s*>");
  private static final Pattern COMMENT = Pattern.compile("<!--(?:>|->|[\\s\\S]*?-->)");
  private static final Pattern PROCESSING = Pattern.compile("<\\?[\\s\\S]*?\\?>");
  private static final Pattern DECLARATION = Pattern.compile("<![A-Za-z][^>]*>");
  private static final Pattern CDATA = Pattern.compile("<!\\[CDATA\\[[\\s\\S]*?\\]\\]>");
  private static final Pattern ENTITY = Pattern.compile("&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});");
  private static final Pattern BREAK_LINE_CLASS = Pattern.compile("\\s*break-line(?:\\s+(section|end))?\\s*");
  private static final Pattern EMPTY_DIV_CLOSE = Pattern.compile("\\s*</div\\s*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^([a-z][a-z0-9+.-]*):");
  private static final Pattern CLASS_TOKEN = Pattern.compile("-?[A-Za-z_][A-Za-z0-9_-]*");
  private static final Pattern LANG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*");

  private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr", "col");
  /** Elements removed with everything inside them. */
  private static final Set<String> DROP_WITH_CONTENT = Set.of(
      "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "noscript", "noembed",
      "noframes", "template", "svg", "math", "textarea", "select", "title", "head", "xmp", "plaintext", "audio",
      "video", "canvas", "portal");
  /** Of those, the ones whose content browsers read as raw text: it ends at the first matching end tag. */
  private static final Set<String> RAW_TEXT = Set.of(
      "script", "style", "iframe", "noscript", "noembed", "noframes", "textarea", "title", "xmp");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

  private final Safelist safelist;

  public HtmlSanitizer() {
    this.safelist = defaultSafelist();
  }

  /** The allow-list: tags, their attributes and the URL schemes allowed in them. */
  public static Safelist defaultSafelist() {
    return new Safelist()
        .addTags("h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "div", "span",
            "ul", "ol", "li", "dl", "dt", "dd",
            "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
            "a", "img", "figure", "figcaption",
            "code", "pre", "kbd", "samp", "var", "em", "strong", "b", "i", "u", "s", "del", "ins", "sub", "sup",
            "small", "mark", "abbr", "dfn", "q", "cite", "time", "bdi", "bdo", "ruby", "rt", "rp", "wbr",
            "blockquote", "details", "summary")
        .addAttributes(":all", "dir", "lang", "title")
        .addAttributes("a", "href")
        .addAttributes("img", "src", "alt", "width", "height")
        .addAttributes("div", "class")
        .addAttributes("span", "class")
        .addAttributes("code", "class")
        .addAttributes("pre", "class")
        .addAttributes("ol", "start", "reversed", "type")
        .addAttributes("li", "value")
        .addAttributes("th", "colspan", "rowspan", "scope")
        .addAttributes("td", "colspan", "rowspan")
        .addAttributes("col", "span")
        .addAttributes("colgroup", "span")
        .addAttributes("details", "open")
        .addAttributes("q", "cite")
        .addAttributes("blockquote", "cite")
        .addAttributes("time", "datetime")
        .addProtocols("a", "href", "http", "https", "mailto", "#")
        .addProtocols("img", "src", "http", "https")
        .addProtocols("q", "cite", "http", "https")
        .addProtocols("blockquote", "cite", "http", "https")
        .preserveRelativeLinks(true);
  }

  /** A copy of the allow-list in use. */
  public Safelist safelist() {
    return new Safelist(safelist);
  }

  /**
   * What becomes of a kept link or image address that points into the handbook (no scheme, not another host):
   * the build checks it as it checks Markdown links, and publishes it rewritten the same way.
   */
  @FunctionalInterface
  public interface LocalUrls {
    /**
     * @param url the address as written, entities decoded
     * @param image whether it is an image's source
     * @param tagOffset where its tag starts in the HTML given to the sanitizer
     * @return the address to publish
     */
    String publish(String url, boolean image, int tagOffset);
  }

  /** Cleans a whole HTML block (or any fragment, tags need not be balanced). */
  public SanitizeResult sanitizeBlock(String html) {
    return sanitizeBlock(html, (url, image, tagOffset) -> url);
  }

  /** As {@link #sanitizeBlock(String)}, handing every kept local address of a link or image to {@code local}. */
  public SanitizeResult sanitizeBlock(String html, LocalUrls local) {
    StringBuilder out = new StringBuilder(html.length());
    List<Removal> removed = new ArrayList<>();
    int n = html.length();
    int pos = 0;
    while (pos < n) {
      int lt = html.indexOf('<', pos);
      if (lt < 0) {
        appendText(out, html, pos, n);
        break;
      }
      appendText(out, html, pos, lt);
      pos = tag(html, lt, out, removed, local);
    }
    return new SanitizeResult(out.toString(), removed);
  }

  /**
   * Cleans one inline HTML tag as flexmark's {@code HtmlInline} holds it ({@code <b>}, {@code </b>},
   * {@code <img ... />}) or an inline comment (dropped).
   */
  public SanitizeResult sanitizeTag(String tag) {
    return sanitizeBlock(tag);
  }

  /** Reads the markup at {@code lt}, appends what is allowed, returns where reading goes on. */
  private int tag(String html, int lt, StringBuilder out, List<Removal> removed, LocalUrls local) {
    int limit = Math.min(html.length(), lt + MAX_TAG);
    if (html.startsWith("<!--", lt)) {
      Matcher m = COMMENT.matcher(html).region(lt, html.length());
      return m.lookingAt() ? m.end() : html.length(); // unterminated comment: the rest is comment
    }
    Matcher m;
    if ((m = CDATA.matcher(html).region(lt, html.length())).lookingAt()) {
      removed.add(new Removal(Removal.Kind.MARKUP, "<![CDATA[...]]>", "", "", lt));
      return m.end();
    }
    if ((m = DECLARATION.matcher(html).region(lt, limit)).lookingAt()) {
      removed.add(new Removal(Removal.Kind.MARKUP, "<!" + firstWord(html, lt + 2) + ">", "", "", lt));
      return m.end();
    }
    if ((m = PROCESSING.matcher(html).region(lt, limit)).lookingAt()) {
      removed.add(new Removal(Removal.Kind.MARKUP, "<?...?>", "", "", lt));
      return m.end();
    }
    if ((m = CLOSE_TAG.matcher(html).region(lt, limit)).lookingAt()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (safelist.isSafeTag(name) && !VOID.contains(name)) {
        out.append("</").append(name).append('>');
      }
      return m.end();
    }
    if ((m = OPEN_TAG.matcher(html).region(lt, limit)).lookingAt()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      int end = m.end();
      if (DROP_WITH_CONTENT.contains(name)) {
        removed.add(new Removal(Removal.Kind.ELEMENT, name, "", "", lt));
        return m.group(3).isEmpty() ? skipContent(html, end, name) : end;
      }
      if (!safelist.isSafeTag(name)) {
        removed.add(new Removal(Removal.Kind.ELEMENT, name, "", "", lt));
        return end;
      }
      List<String[]> attrs = attributes(m.group(2));
      if ("div".equals(name)) {
        Matcher close = EMPTY_DIV_CLOSE.matcher(html).region(end, html.length());
        String cls = attrs.size() == 1 && "class".equals(attrs.get(0)[0]) ? attrs.get(0)[1] : null;
        Matcher breakLine = cls == null ? null : BREAK_LINE_CLASS.matcher(cls);
        if (breakLine != null && breakLine.matches() && close.lookingAt()) {
          out.append("<hr class=\"break-line");
          if (breakLine.group(1) != null) {
            out.append(' ').append(breakLine.group(1));
          }
          out.append("\">");
          return close.end();
        }
      }
      StringBuilder tag = new StringBuilder().append('<').append(name);
      boolean hasSrc = false;
      for (String[] attr : attrs) {
        String value = checkAttribute(name, attr[0], attr[1], lt, removed);
        if (value != null && isLocalAddress(name, attr[0], value)) {
          value = local.publish(value, "img".equals(name), lt);
        }
        if (value != null) {
          hasSrc |= attr[0].equals("src");
          tag.append(' ').append(attr[0]);
          if (!value.isEmpty() || !isBoolean(attr[0])) {
            tag.append("=\"").append(escapeAttribute(value)).append('"');
          }
        }
      }
      if ("img".equals(name) && !hasSrc) {
        // an image without a (safe) source shows nothing: drop it
        if (attrs.stream().noneMatch(a -> a[0].equals("src"))) {
          removed.add(new Removal(Removal.Kind.ELEMENT, name, "", "", lt));
        }
        return end;
      }
      out.append(tag).append('>');
      return end;
    }
    out.append("&lt;");
    return lt + 1;
  }

  /** A link's or image's address into the handbook: no scheme, no other host (the allow-list took the rest). */
  private static boolean isLocalAddress(String tag, String attr, String value) {
    boolean address = ("a".equals(tag) && "href".equals(attr)) || ("img".equals(tag) && "src".equals(attr));
    String url = value.strip().toLowerCase(Locale.ROOT);
    return address && !url.isEmpty() && !SCHEME.matcher(url).find() && !url.startsWith("//");
  }

  /** The attribute's value to keep, or null when it is dropped (and recorded). */
  private String checkAttribute(String tag, String attr, String value, int offset, List<Removal> removed) {
    Element el = new Element(Tag.valueOf(tag), BASE_URI);
    el.attr(attr, value);
    if (!safelist.isSafeAttribute(tag, el, new Attribute(attr, value))) {
      if (URL_ATTRIBUTES.contains(attr) && isAllowedAttributeName(tag, attr)) {
        removed.add(new Removal(Removal.Kind.URL, tag, attr, shorten(value), offset));
      } else {
        removed.add(new Removal(Removal.Kind.ATTRIBUTE, tag, attr, "", offset));
      }
      return null;
    }
    if (URL_ATTRIBUTES.contains(attr) && !urlAllowed(tag, value)) {
      removed.add(new Removal(Removal.Kind.URL, tag, attr, shorten(value), offset));
      return null;
    }
    switch (attr) {
      case "dir" -> {
        String v = value.strip().toLowerCase(Locale.ROOT);
        return Set.of("ltr", "rtl", "auto").contains(v) ? v : drop(tag, attr, offset, removed);
      }
      case "lang" -> {
        return LANG.matcher(value.strip()).matches() ? value.strip() : drop(tag, attr, offset, removed);
      }
      case "class" -> {
        List<String> kept = new ArrayList<>();
        for (String token : value.strip().split("\\s+")) {
          if (CLASS_TOKEN.matcher(token).matches()) {
            kept.add(token);
          }
        }
        return kept.isEmpty() ? drop(tag, attr, offset, removed) : String.join(" ", kept);
      }
      default -> {
        return value;
      }
    }
  }

  private boolean isAllowedAttributeName(String tag, String attr) {
    Element el = new Element(Tag.valueOf(tag), BASE_URI);
    el.attr(attr, "https://handbook.invalid/");
    return safelist.isSafeAttribute(tag, el, new Attribute(attr, "https://handbook.invalid/"));
  }

  private static String drop(String tag, String attr, int offset, List<Removal> removed) {
    removed.add(new Removal(Removal.Kind.ATTRIBUTE, tag, attr, "", offset));
    return null;
  }

  /**
   * A second, independent URL check: what a browser would see once it strips whitespace and control characters
   * must be relative or use an allowed scheme.
   */
  static boolean urlAllowed(String tag, String value) {
    StringBuilder s = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0x20 && c != 0x7f) {
        s.append(c);
      }
    }
    String url = s.toString().toLowerCase(Locale.ROOT);
    Matcher m = SCHEME.matcher(url);
    boolean img = "img".equals(tag);
    if (!m.find()) {
      if (img && (url.startsWith("//") || url.startsWith("/\\"))) {
        return false; // protocol-relative: another host
      }
      return !url.startsWith("\\"); // "\\evil" is read as "//evil" by browsers: keep it simple, refuse it
    }
    String scheme = m.group(1);
    if (img) {
      // An image from another host is a request the reader never asked for (and the site's CSP refuses it).
      return false;
    }
    return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
  }

  /** After a removed element's start tag: skips to after its end tag (or the end of the input). */
  private static int skipContent(String html, int from, String name) {
    Pattern close = Pattern.compile("</" + name + "(?:\\s[^>]*)?\\s*>", Pattern.CASE_INSENSITIVE);
    if ("plaintext".equals(name)) {
      return html.length();
    }
    if (RAW_TEXT.contains(name)) {
      Matcher m = close.matcher(html).region(from, html.length());
      return m.find() ? m.end() : html.length();
    }
    Pattern open = Pattern.compile("<" + name + "(?=[\\s/>])", Pattern.CASE_INSENSITIVE);
    int depth = 1;
    int pos = from;
    while (depth > 0) {
      Matcher c = close.matcher(html).region(pos, html.length());
      if (!c.find()) {
        return html.length();
      }
      Matcher o = open.matcher(html).region(pos, c.start());
      while (o.find()) {
        depth++;
      }
      depth--;
      pos = c.end();
    }
    return pos;
  }

  private static List<String[]> attributes(String text) {
    List<String[]> out = new ArrayList<>();
    Matcher m = ATTRIBUTES.matcher(text);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      String raw = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : "";
      boolean seen = false;
      for (String[] a : out) {
        seen |= a[0].equals(name);
      }
      if (!seen) { // browsers keep the first of duplicated attributes
        out.add(new String[] {name, Parser.unescapeEntities(raw, true)});
      }
    }
    return out;
  }

  private static boolean isBoolean(String attr) {
    return attr.equals("open") || attr.equals("reversed");
  }

  private static void appendText(StringBuilder out, String html, int from, int to) {
    int i = from;
    while (i < to) {
      char c = html.charAt(i);
      if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, to);
        if (m.lookingAt()) {
          out.append(html, i, m.end());
          i = m.end();
          continue;
        }
        out.append("&amp;");
      } else if (c == '<') {
        out.append("&lt;");
      } else if (c == '>') {
        out.append("&gt;");
      } else if (c != 0) {
        out.append(c);
      }
      i++;
    }
  }

  static String escapeAttribute(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case 0 -> { }
        default -> out.append(dev.handbook.text.ControlCharacters.forbidden(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }

  private static String firstWord(String html, int from) {
    int i = from;
    while (i < html.length() && i < from + 20 && Character.isLetter(html.charAt(i))) {
      i++;
    }
    return html.substring(from, i).toUpperCase(Locale.ROOT);
  }

  private static String shorten(String value) {
    String v = value.replaceAll("[\\x00-\\x1f\\x7f]", "");
    return v.length() > 40 ? v.substring(0, 40) + "…" : v;
  }
}
