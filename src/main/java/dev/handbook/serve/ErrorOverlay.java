package dev.handbook.serve;

import dev.handbook.diag.Diagnostic;
import dev.handbook.markdown.HtmlText;
import java.util.List;

/**
 * The page shown for every HTML request while the handbook does not build: the diagnostics, escaped, with
 * the reload script, so that the next good save brings the real page back by itself. No inline script or
 * style: both come from files the server serves under {@code /__handbook/}.
 */
final class ErrorOverlay {
  private ErrorOverlay() {}

  static String html(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder(2048);
    out.append("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\" data-root=\"/\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>Build failed · handbook serve</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/").append(DevServer.INTERNAL).append("serve-overlay.css\">\n")
        .append("<script src=\"/").append(DevServer.INTERNAL).append("serve-reload.js\" defer></script>\n")
        .append("</head>\n<body>\n<main class=\"serve-overlay\">\n<h1>The handbook does not build</h1>\n")
        .append("<p>Fix what is listed below and save; this page reloads by itself.</p>\n")
        .append("<ol class=\"serve-diagnostics\">\n");
    for (Diagnostic d : diagnostics) {
      out.append("<li class=\"serve-").append(d.severity().label()).append("\"><code>")
          .append(HtmlText.escape(d.path() + ":" + Math.max(1, d.line()) + ":" + Math.max(1, d.column())))
          .append("</code> <strong>").append(d.severity().label()).append("</strong> <span class=\"serve-code\">")
          .append(HtmlText.escape(d.code())).append("</span><p>").append(HtmlText.escape(d.message())).append("</p>");
      if (!d.hint().isEmpty()) {
        out.append("<p class=\"serve-hint\">").append(HtmlText.escape(d.hint())).append("</p>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</main>\n</body>\n</html>\n");
    return out.toString();
  }
}
