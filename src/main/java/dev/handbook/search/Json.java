package dev.handbook.search;

import java.util.List;

/** Just enough JSON for the index files: strings, numbers and string arrays, always the same bytes. */
final class Json {
  private Json() {}

  static void string(StringBuilder out, String s) {
    out.append('"');
    int copied = 0; // characters before this index are written; runs that need no escape are copied whole
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
        continue;
      }
      out.append(s, copied, i);
      copied = i + 1;
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        // Other control characters, and the line separators old JavaScript engines reject in strings.
        default -> out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    out.append(s, copied, s.length()).append('"');
  }

  static String string(String s) {
    var out = new StringBuilder(s.length() + 2);
    string(out, s);
    return out.toString();
  }

  static void strings(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      string(out, values.get(i));
    }
    out.append(']');
  }
}
