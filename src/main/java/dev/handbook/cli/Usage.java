package dev.handbook.cli;

import dev.handbook.build.OutputFolder;
import dev.handbook.content.PathDisplay;
import dev.handbook.diag.ContentException;
import dev.handbook.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Wrong usage found before any work, reported like picocli's own ({@code handbook: ...}, exit 2): a
 * {@code --content} that is not a folder, an {@code --out} the build may not replace, a wrong argument.
 */
final class Usage {
  private static final PathDisplay DISPLAY = new PathDisplay(Path.of(""));

  private Usage() {}

  /** The message and, on the next line, its hint, indented as under a diagnostic. */
  static ParameterException error(CommandLine cli, String message, String hint) {
    return new ParameterException(cli, hint.isEmpty() ? message : message + "\n    hint: " + hint);
  }

  /** A diagnostic about an argument: its message and hint, without the {@code path:line:col} of a file. */
  static ParameterException error(CommandLine cli, Diagnostic d) {
    return error(cli, d.message(), d.hint());
  }

  static void requireContentFolder(CommandLine cli, ContentOptions options) {
    if (!Files.isDirectory(options.content())) {
      throw error(cli, "content folder not found: " + DISPLAY.of(options.content()),
          "run from the handbook's folder or pass --content DIR");
    }
  }

  /** Checks both folders, so that a wrong one fails at once rather than after reading every page. */
  static void requireFolders(CommandLine cli, ContentOptions options, Path out) {
    requireContentFolder(cli, options);
    try {
      OutputFolder.checkTarget(out, options.content(), options.templates(), DISPLAY.of(out));
    } catch (ContentException e) {
      throw error(cli, e.diagnostics().get(0));
    }
  }
}
