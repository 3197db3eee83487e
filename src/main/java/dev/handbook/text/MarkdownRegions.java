package dev.handbook.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Markdown source into prose and verbatim regions, so that text rules (NFC, Persian
 * letters) never change code, autolinks, raw HTML tags or link destinations.
 *
 * <p>This is a light block/inline scanner, not a full CommonMark parser: it recognises fenced code
 * (``` and ~~~, also inside list items and block quotes), indented code (after a blank line, 4
 * columns deeper than the enclosing list item's content), code spans (matching backtick runs within
 * one paragraph), autolinks, inline HTML tags, bare URLs, inline link destinations {@code ](...)}
 * and reference definitions {@code [x]: url}. When unsure it leaves text verbatim, because a missed
 * normalization is harmless while a changed URL or code sample is a bug.
 */
final class MarkdownRegions {
  /** A half-open range {@code [start, end)} of the source. */
  record Region(int start, int end, boolean prose) {}

  // Matched after the block-quote prefix (see quotePrefixLength): a repeated regex group would
  // recurse once per '>' and overflow the stack on a line of thousands of them.
  private static final Pattern FENCE_OPEN = Pattern.compile("^( *)(`{3,}|~{3,})(.*)$");
  private static final Pattern LIST_ITEM = Pattern.compile("^( *)([-+*]|\\d{1,9}[.)])( +|$)");
  private static final Pattern AUTOLINK =
      Pattern.compile("<(?:[A-Za-z][A-Za-z0-9+.\\-]{1,31}:[^\\s<>]*|[^\\s<>@]+@[^\\s<>]+)>");
  private static final Pattern HTML_TAG =
      Pattern.compile("</?[A-Za-z][A-Za-z0-9\\-]*(?:\\s[^<>]*)?/?>|<!--.*?-->", Pattern.DOTALL);
  private static final Pattern BARE_URL =
      Pattern.compile("(?:(?:https?|ftp)://|www\\.)[^\\s<>]+");
  private static final Pattern REF_DEF =
      Pattern.compile("(?m)^ {0,3}\\[[^\\]\\n]+\\]:[ \\t]*(<[^>\\n]*>|\\S+)");

  private MarkdownRegions() {}

  /** Length of the block-quote markers at the start of a line: up to 3 spaces, '>', an optional space, repeated. */
  static int quotePrefixLength(String line) {
    int end = 0;
    int i = 0;
    while (true) {
      int spaces = 0;
      while (i < line.length() && line.charAt(i) == ' ' && spaces < 3) {
        i++;
        spaces++;
      }
      if (i >= line.length() || line.charAt(i) != '>') {
        return end;
      }
      i++;
      if (i < line.length() && line.charAt(i) == ' ') {
        i++;
      }
      end = i;
    }
  }

  static List<Region> split(String markdown) {
    var regions = new Regions(markdown.length());
    var lines = lines(markdown);
    var fence = (Fence) null;
    int listContentIndent = -1;
    boolean previousBlank = true;
    boolean previousCode = false;
    int paragraphStart = -1;
    for (int[] line : lines) {
      int start = line[0];
      int end = line[1]; // end of content, without the line break
      int next = line[2]; // start of the next line
      String text = markdown.substring(start, end);
      if (fence != null) {
        regions.verbatim(start, next);
        if (fence.closedBy(text)) {
          fence = null;
        }
        continue;
      }
      boolean blank = text.isBlank();
      int quote = quotePrefixLength(text);
      Matcher open = FENCE_OPEN.matcher(text.substring(quote));
      if (!blank && open.matches() && fenceIndentAllowed(open.group(1), listContentIndent)
          && !(open.group(2).charAt(0) == '`' && open.group(3).indexOf('`') >= 0)) {
        flushParagraph(markdown, regions, paragraphStart, start);
        paragraphStart = -1;
        fence = new Fence(open.group(2).charAt(0), open.group(2).length());
        regions.verbatim(start, next);
        previousBlank = false;
        previousCode = false;
        continue;
      }
      int indent = indentColumns(text);
      int codeIndent = Math.max(listContentIndent, 0) + 4;
      if (!blank && indent >= codeIndent && (previousBlank || previousCode)) {
        flushParagraph(markdown, regions, paragraphStart, start);
        paragraphStart = -1;
        regions.verbatim(start, next);
        previousCode = true;
        previousBlank = false;
        continue;
      }
      if (blank) {
        flushParagraph(markdown, regions, paragraphStart, start);
        paragraphStart = -1;
        regions.prose(start, next);
        previousBlank = true;
        previousCode = false;
        continue;
      }
      Matcher item = LIST_ITEM.matcher(text.substring(quote));
      if (item.find()) {
        int markerEnd = quote + item.group(1).length() + item.group(2).length();
        int spaces = item.group(3).length();
        listContentIndent = markerEnd + (spaces == 0 || spaces > 4 ? 1 : spaces);
      } else if (previousBlank && indent < Math.max(listContentIndent, 0)) {
        listContentIndent = -1; // an unindented paragraph after a blank line ends the list
      }
      if (paragraphStart < 0) {
        paragraphStart = start;
      }
      previousBlank = false;
      previousCode = false;
    }
    flushParagraph(markdown, regions, paragraphStart, markdown.length());
    return regions.list();
  }

  private static boolean fenceIndentAllowed(String spaces, int listContentIndent) {
    return spaces.length() <= 3 + Math.max(listContentIndent, 0);
  }

  /** Adds one paragraph (from &lt; 0: none) as prose with its inline verbatim spans cut out. */
  private static void flushParagraph(String markdown, Regions regions, int from, int to) {
    if (from < 0 || from >= to) {
      return;
    }
    String text = markdown.substring(from, to);
    var verbatim = new ArrayList<int[]>();
    if (text.contains("]:")) { // what every reference definition holds; most paragraphs have none
      Matcher ref = REF_DEF.matcher(text);
      while (ref.find()) {
        verbatim.add(new int[] {ref.start(1), ref.end(1)});
      }
    }
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == '`') {
        int run = runLength(text, i, '`');
        int close = findClosingRun(text, i + run, run);
        if (close >= 0) {
          verbatim.add(new int[] {i, close + run});
          i = close + run;
        } else {
          i += run;
        }
      } else if (c == '<') {
        i = verbatimAt(text, i, verbatim, AUTOLINK, HTML_TAG);
      } else if (c == ']' && i + 1 < text.length() && text.charAt(i + 1) == '(') {
        int destStart = skipSpaces(text, i + 2);
        int destEnd = destinationEnd(text, destStart);
        if (destEnd > destStart) {
          verbatim.add(new int[] {destStart, destEnd});
        }
        i = Math.max(destEnd, i + 2);
      } else if ((c == 'h' || c == 'f' || c == 'w') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
          && (text.startsWith("http", i) || text.startsWith("ftp://", i) || text.startsWith("www.", i))) {
        Matcher url = BARE_URL.matcher(text).region(i, text.length());
        if (url.lookingAt()) {
          verbatim.add(new int[] {i, url.end()});
          i = url.end();
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    verbatim.sort((a, b) -> Integer.compare(a[0], b[0]));
    int cursor = 0;
    for (int[] span : verbatim) {
      if (span[0] < cursor) {
        continue; // nested in an earlier span
      }
      regions.prose(from + cursor, from + span[0]);
      regions.verbatim(from + span[0], from + span[1]);
      cursor = span[1];
    }
    regions.prose(from + cursor, to);
  }

  /** Records the first pattern matching at {@code at} as verbatim; returns where scanning goes on. */
  private static int verbatimAt(String text, int at, List<int[]> out, Pattern... patterns) {
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text).region(at, text.length());
      if (m.lookingAt()) {
        out.add(new int[] {at, m.end()});
        return m.end();
      }
    }
    return at + 1;
  }

  private static int runLength(String text, int at, char c) {
    int j = at;
    while (j < text.length() && text.charAt(j) == c) {
      j++;
    }
    return j - at;
  }

  private static int findClosingRun(String text, int from, int length) {
    int j = from;
    while (j < text.length()) {
      if (text.charAt(j) == '`') {
        int run = runLength(text, j, '`');
        if (run == length) {
          return j;
        }
        j += run;
      } else {
        j++;
      }
    }
    return -1;
  }

  private static int skipSpaces(String text, int at) {
    int j = at;
    while (j < text.length() && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j++;
    }
    return j;
  }

  /** End of an inline link destination: {@code <...>} or balanced parentheses up to whitespace. */
  private static int destinationEnd(String text, int at) {
    if (at < text.length() && text.charAt(at) == '<') {
      int close = text.indexOf('>', at);
      int newline = text.indexOf('\n', at);
      return close >= 0 && (newline < 0 || close < newline) ? close + 1 : at;
    }
    int depth = 0;
    int j = at;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == '\\' && j + 1 < text.length()) {
        j += 2;
        continue;
      }
      if (Character.isWhitespace(c)) {
        break;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      j++;
    }
    return j;
  }

  private static int indentColumns(String line) {
    int columns = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == ' ') {
        columns++;
      } else if (c == '\t') {
        columns += 4 - columns % 4;
      } else {
        break;
      }
    }
    return columns;
  }

  /** Each line as {start, contentEnd, nextStart}; recognises \n, \r\n and \r. */
  private static List<int[]> lines(String s) {
    var out = new ArrayList<int[]>();
    int start = 0;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        int next = c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n' ? i + 2 : i + 1;
        out.add(new int[] {start, i, next});
        start = next;
        i = next;
      } else {
        i++;
      }
    }
    if (start < s.length()) {
      out.add(new int[] {start, s.length(), s.length()});
    }
    return out;
  }

  private record Fence(char marker, int length) {
    boolean closedBy(String line) {
      String rest = line.substring(quotePrefixLength(line)).stripLeading();
      int run = runLength(rest, 0, marker);
      return run >= length && rest.substring(run).isBlank();
    }
  }

  /** Collects regions in order, merging neighbours of the same kind. */
  private static final class Regions {
    private final List<Region> list = new ArrayList<>();
    private final int length;

    Regions(int length) {
      this.length = length;
    }

    void prose(int start, int end) {
      add(start, end, true);
    }

    void verbatim(int start, int end) {
      add(start, end, false);
    }

    private void add(int start, int end, boolean prose) {
      if (end <= start) {
        return;
      }
      int last = list.size() - 1;
      if (last >= 0 && list.get(last).prose() == prose && list.get(last).end() == start) {
        list.set(last, new Region(list.get(last).start(), end, prose));
      } else {
        list.add(new Region(start, end, prose));
      }
    }

    List<Region> list() {
      if (list.isEmpty() && length > 0) {
        return List.of(new Region(0, length, true));
      }
      return List.copyOf(list);
    }
  }
}
