package dev.handbook.bench;

/** Double-quoted YAML scalars for the generated configuration and front matter. */
final class Yaml {
  private Yaml() {}

  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
